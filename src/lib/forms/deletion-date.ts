import * as v from 'valibot';
import { formatUkDate, type IsoDate } from '$lib/dates';
import { dateInput } from './date-input';

/**
 * Setting a date to delete a child's records: a real date after today and before the day the records
 * would be deleted anyway (their 31st birthday, `keptUntil`).
 */
export function deletionDateSchema({ today, keptUntil }: { today: IsoDate; keptUntil: IsoDate }) {
	return v.object({
		deleteOn: dateInput('Date to delete the records', {
			rules: [
				{ holds: (date) => date > today, message: 'Date to delete the records must be in the future' },
				{
					holds: (date) => date < keptUntil,
					message: `The records are deleted on ${formatUkDate(keptUntil)} anyway, the child’s 31st birthday: enter an earlier date`
				}
			]
		})
	});
}
export type DeletionDateInput = v.InferOutput<ReturnType<typeof deletionDateSchema>>;
