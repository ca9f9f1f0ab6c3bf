import { error, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Account } from '../db/accounts';
import { database } from '../db/app-database';
import type { Database } from '../db/schema';

/**
 * Who is asking, from where, and the database they work in: what a page about no single plan (the
 * caseload, starting or bringing in a plan) works with, and what a plan's context adds the plan to.
 */
export interface AccountContext {
	/** The database to read from and write to. */
	db: Kysely<Database>;
	account: Account;
	/** The address the request came from, for audit rows. */
	ip: string;
}

/** A coordinator or admin of an organisation: who may start plans and bring them in. */
export type PlanStarter = Account & { organisation_id: string };

/** Whether the account may start plans and bring them in (access.md). */
export function mayStartPlans(account: Account): account is PlanStarter {
	return account.organisation_id !== null && (account.role === 'coordinator' || account.role === 'admin');
}

/** The context of a plan starter's request. */
export type StarterContext = AccountContext & { account: PlanStarter };

type Event = Pick<RequestEvent, 'locals' | 'getClientAddress'>;

/** The signed-in account's context; without an account, the page does not exist (404). */
export function openAccount(event: Event): AccountContext {
	const account = event.locals.auth?.account;
	if (!account) error(404, 'Not found');
	return { db: database(), account, ip: event.getClientAddress() };
}

/** As `openAccount`, for the pages only a plan starter has: to anyone else they do not exist (404). */
export function openPlanStarter(event: Event): StarterContext {
	const ctx = openAccount(event);
	const { account } = ctx;
	if (!mayStartPlans(account)) error(404, 'Not found');
	return { ...ctx, account };
}
