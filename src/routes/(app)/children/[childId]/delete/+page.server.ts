import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formatUkDate } from '$lib/dates/format';
import { deleteChildSchema } from '$lib/forms/delete-child';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { childRecordsAccount } from '$lib/server/children/child-records-access';
import { readChildSummary } from '$lib/server/children/child-summary';
import { childWasDeleted } from '$lib/server/children/child-was-deleted';
import { deleteChild } from '$lib/server/children/delete-child';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** Deleting a child's records: admins only, confirmed by typing the child's name; audited. */
export const load: PageServerLoad = async (event) => {
	const account = childRecordsAccount(event, ['admin']);
	const summary = await readChildSummary(account.organisation_id, event.params.childId);
	if (!summary) {
		// Just deleted: say so (only to the organisation whose audit log records it).
		if (event.url.searchParams.has('deleted') && (await childWasDeleted(account.organisation_id, event.params.childId)))
			return { deleted: true as const };
		error(404, 'Not found');
	}
	const { child, plans } = summary;
	return {
		deleted: false as const,
		child: {
			id: child.id,
			name: `${child.first_name} ${child.last_name}`,
			dateOfBirth: formatUkDate(child.date_of_birth)
		},
		planCount: plans.length,
		versionCount: plans.reduce((total, plan) => total + plan.version_count, 0)
	};
};

export const actions = {
	default: async (event) => {
		const account = childRecordsAccount(event, ['admin']);
		const summary = await readChildSummary(account.organisation_id, event.params.childId);
		if (!summary) error(404, 'Not found');
		const fullName = `${summary.child.first_name} ${summary.child.last_name}`;
		const schema = deleteChildSchema(fullName);
		const data = await event.request.formData();
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), formValues(data));
		// Either way the child is gone: deleted now, or ('not-found') meanwhile by another admin, which the
		// page after says all the same.
		await deleteChild(summary.child.id, { account, ip: event.getClientAddress() });
		redirect(303, `/children/${summary.child.id}/delete?deleted`);
	}
} satisfies Actions;
