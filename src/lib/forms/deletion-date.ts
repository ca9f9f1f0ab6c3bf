import * as v from 'valibot';
import { formatUkDate, isIsoDate, type IsoDate } from '$lib/dates';

const enterDate = 'Enter the date to delete the records';

/**
 * Setting a date to delete a child's records: a real date after today and before the day the records
 * would be deleted anyway (their 31st birthday, `keptUntil`).
 */
export function deletionDateSchema({ today, keptUntil }: { today: IsoDate; keptUntil: IsoDate }) {
	return v.object({
		deleteOn: v.pipe(
			v.string(enterDate),
			v.trim(),
			v.nonEmpty(enterDate),
			v.check(
				(date: string) => isIsoDate(date),
				'Enter the date to delete the records as a real date, like 14 March 2027'
			),
			v.check((date) => date > today, 'The date to delete the records must be in the future'),
			v.check(
				(date) => date < keptUntil,
				`The records are deleted on ${formatUkDate(keptUntil)} anyway, the child’s 31st birthday: enter an earlier date`
			)
		)
	});
}
export type DeletionDateInput = v.InferOutput<ReturnType<typeof deletionDateSchema>>;
