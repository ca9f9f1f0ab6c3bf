import type { ValidSession } from '$lib/server/auth/session';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to support so they can find the logged details; never a stack trace. */
			reference?: string;
		}
		interface Locals {
			/** The signed-in session, or null. Past the second factor only when `session.two_factor_verified`. */
			auth: ValidSession | null;
			/** Set when the database stayed busy past its timeout: the answer becomes 503 with Retry-After. */
			databaseBusy?: boolean;
		}
		interface PageData {
			/** A meeting's shared screen: the layouts leave out the site's header, footer and navigation. */
			presenter?: boolean;
		}
	}
}

export {};
