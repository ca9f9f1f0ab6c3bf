import { error } from '@sveltejs/kit';
import { formatUkDate } from '$lib/dates/format';
import { planStatusLabels } from '$lib/plan/labels';
import { recordsKeptUntil } from '$lib/records-kept-until';
import { childRecordsAccount } from '$lib/server/children/child-records-access';
import { readChildSummary } from '$lib/server/children/child-summary';
import type { PageServerLoad } from './$types';

/** Why the last download was refused (the export endpoint redirects back here with `?export=`). */
const exportErrors: Record<string, string> = {
	missing: 'Enter your password',
	wrong: 'Your password is not right',
	blocked: 'There have been too many wrong passwords. Wait 5 minutes and try again.',
	busy: 'Too many PDFs are being made at the moment. Try again in a minute.'
};

/** What the page says after the date to delete the records was set or cancelled (`?deletion=`). */
const deletionNotices = ['set', 'cancelled'] as const;

/**
 * A child's records: their details and plans, how long they are kept, the download of everything about
 * them, and (admins) deletion, now or on a date.
 */
export const load: PageServerLoad = async (event) => {
	const account = childRecordsAccount(event);
	const summary = await readChildSummary(account.organisation_id, event.params.childId);
	if (!summary) error(404, 'Not found');
	const { child, plans } = summary;
	const reason = event.url.searchParams.get('export');
	const notice = deletionNotices.find((kind) => kind === event.url.searchParams.get('deletion')) ?? null;
	return {
		child: {
			id: child.id,
			name: `${child.first_name} ${child.last_name}`,
			knownAs: child.known_as,
			dateOfBirth: formatUkDate(child.date_of_birth),
			setting: child.setting,
			keptUntil: formatUkDate(recordsKeptUntil(child.date_of_birth)),
			deleteOn: child.delete_on ? formatUkDate(child.delete_on) : null
		},
		plans: plans.map((plan) => ({
			id: plan.id,
			title: plan.title ?? 'Untitled plan',
			status: plan.archived_at ? planStatusLabels.archived : plan.status ? planStatusLabels[plan.status] : '',
			startDate: plan.start_date ? formatUkDate(plan.start_date) : '',
			versions: plan.version_count
		})),
		exportError: reason && exportErrors[reason] ? exportErrors[reason] : null,
		deletionNotice: notice,
		canDelete: account.role === 'admin'
	};
};
