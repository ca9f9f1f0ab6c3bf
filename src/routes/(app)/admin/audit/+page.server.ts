import * as v from 'valibot';
import { auditFiltersSchema } from '$lib/forms/audit-filters';
import { formErrors, formValues, type FormErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { readOrganisationAuditLog } from '$lib/server/audit-log/organisation-audit-log';
import type { AuditFilters } from '$lib/server/db/audit-log';
import { requireAdmin } from '../require-admin.server';
import type { PageServerLoad } from './$types';

/** The organisation's audit log, newest first. Filters are a GET form, so they work without JavaScript. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals.auth);
	const input = formInput(url.searchParams, auditFiltersSchema);
	const parsed = v.safeParse(auditFiltersSchema, input);
	const errors: FormErrors | undefined = parsed.success ? undefined : formErrors(parsed.issues);
	// Each filter is read on its own, so that one with a problem is left out and the others still apply.
	const good = (name: keyof typeof auditFiltersSchema.entries) => {
		const filter = v.safeParse(auditFiltersSchema.entries[name], input[name]);
		return (filter.success && filter.output) || undefined;
	};
	const filters: AuditFilters = {
		accountId: good('person'),
		planId: good('plan'),
		action: good('action'),
		from: good('from'),
		to: good('to')
	};
	// The filters as typed, to show again and to carry to the other pages of the log.
	const values = formValues(url.searchParams, ['page']);

	const pageText = url.searchParams.get('page') ?? '1';
	const requested = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
	const log = await readOrganisationAuditLog(admin.organisation_id, filters, requested);
	return {
		...log,
		page: requested,
		values,
		filtered: Object.values(filters).some((value) => value !== undefined),
		errors
	};
};
