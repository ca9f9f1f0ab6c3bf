import type { Executor } from './executor';

/** The organisation's practitioners who can still sign in: those a plan can be shared with. */
function activePractitioners(db: Executor, organisationId: string) {
	return db
		.selectFrom('account')
		.where('organisation_id', '=', organisationId)
		.where('role', '=', 'practitioner')
		.where('disabled_at', 'is', null);
}

/** The organisation's active practitioners, by name. */
export function listPractitioners(db: Executor, organisationId: string) {
	return activePractitioners(db, organisationId).select(['id', 'name', 'email']).orderBy('name').execute();
}

/** Whether `accountId` is one of the organisation's active practitioners. */
export async function isActivePractitioner(db: Executor, organisationId: string, accountId: string): Promise<boolean> {
	const found = await activePractitioners(db, organisationId)
		.select('id')
		.where('id', '=', accountId)
		.executeTakeFirst();
	return found !== undefined;
}
