import * as v from 'valibot';
import { auditFiltersSchema } from '$lib/forms/audit-filters';
import { formErrors, type FormErrors } from '$lib/forms/form-errors';
import { readOrganisationAuditLog } from '$lib/server/audit-log/organisation-audit-log';
import type { AuditFilters } from '$lib/server/db/audit-log';
import { requireAdmin } from '../require-admin.server';
import type { PageServerLoad } from './$types';

/** The organisation's audit log, newest first. Filters are a GET form, so they work without JavaScript. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals.auth);
	const field = (name: string) => url.searchParams.get(name) ?? '';
	const query = {
		person: field('person'),
		plan: field('plan'),
		action: field('action'),
		from: field('from'),
		to: field('to')
	};
	const parsed = v.safeParse(auditFiltersSchema, query);
	const errors: FormErrors | undefined = parsed.success ? undefined : formErrors(parsed.issues);
	// A filter with a problem is left out; the others still apply.
	const good = (name: keyof typeof query) => (errors?.[name] ? '' : query[name].trim()) || undefined;
	const filters: AuditFilters = {
		accountId: good('person'),
		planId: good('plan'),
		action: good('action'),
		from: good('from'),
		to: good('to')
	};

	const pageText = url.searchParams.get('page') ?? '1';
	const requested = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
	const log = await readOrganisationAuditLog(admin.organisation_id, filters, requested);
	return {
		...log,
		page: requested,
		values: query,
		filtered: Object.values(filters).some((value) => value !== undefined),
		errors
	};
};
