import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { formatUkDate } from '$lib/dates/format';
import { deletionDateSchema } from '$lib/forms/deletion-date';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { recordsKeptUntil } from '$lib/records-kept-until';
import { childRecordsAccount } from '$lib/server/children/child-records-access';
import { readChildSummary } from '$lib/server/children/child-summary';
import { cancelChildDeletion, scheduleChildDeletion } from '$lib/server/children/deletion-date';
import { today } from '$lib/server/clock/clock';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** The admin and the child whose records they are deleting: anyone else, or a child not there, is 404. */
async function adminAndChild(event: RequestEvent<{ childId: string }>) {
	const account = childRecordsAccount(event, ['admin']);
	const summary = await readChildSummary(account.organisation_id, event.params.childId);
	if (!summary) error(404, 'Not found');
	return { actor: { account, ip: event.getClientAddress() }, child: summary.child };
}

/** Back to the child's page, which says what was done. */
const done = (childId: string, notice: 'set' | 'cancelled') =>
	redirect(303, `/children/${childId}?deletion=${notice}#deletion`);

/**
 * Choosing a date to delete a child's records sooner than their 31st birthday (admins only, audited);
 * the daily retention job deletes them on it. The child's page cancels it (`?/cancel`).
 */
export const load: PageServerLoad = async (event) => {
	const { child } = await adminAndChild(event);
	return {
		child: {
			id: child.id,
			name: `${child.first_name} ${child.last_name}`,
			keptUntil: formatUkDate(recordsKeptUntil(child.date_of_birth)),
			deleteOn: child.delete_on
		}
	};
};

export const actions = {
	set: async (event) => {
		const { actor, child } = await adminAndChild(event);
		const schema = deletionDateSchema({ today: today(), keptUntil: recordsKeptUntil(child.date_of_birth) });
		const data = await event.request.formData();
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), formValues(data));
		const result = await scheduleChildDeletion(child.id, parsed.output, actor);
		if (!result.ok) error(404, 'Not found');
		done(child.id, 'set');
	},
	cancel: async (event) => {
		const { actor, child } = await adminAndChild(event);
		const result = await cancelChildDeletion(child.id, actor);
		// 'not-set': cancelled meanwhile (another admin, another tab), which the page after says all the same.
		if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
		done(child.id, 'cancelled');
	}
} satisfies Actions;
