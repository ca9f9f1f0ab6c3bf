import * as v from 'valibot';
import { isIsoDate } from '$lib/dates';

const optionalId = v.pipe(v.string(), v.trim(), v.maxLength(64, 'That is not one of the choices'));
const optionalDate = (label: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check((value) => value === '' || isIsoDate(value), `Enter the ${label} date as a real date, like 2027-03-14`)
	);

/** The audit log's filters, from the address's query; every one may be left empty. */
export const auditFiltersSchema = v.object({
	person: optionalId,
	plan: optionalId,
	// Any code the log holds, including those older versions recorded that are no longer in the list.
	action: v.pipe(v.string(), v.trim(), v.maxLength(64, 'That is not one of the choices')),
	from: optionalDate('from'),
	to: optionalDate('to')
});
export type AuditFiltersInput = v.InferOutput<typeof auditFiltersSchema>;
