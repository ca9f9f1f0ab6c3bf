// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to support so they can find the logged details; never a stack trace. */
			reference?: string;
		}
	}
}

export {};
