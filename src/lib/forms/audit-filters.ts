import * as v from 'valibot';
import { optionalDateInput } from './date-input';

const optionalId = v.pipe(v.string(), v.trim(), v.maxLength(64, 'That is not one of the choices'));

/** The audit log's filters, from the address's query; every one may be left empty. */
export const auditFiltersSchema = v.object({
	person: optionalId,
	plan: optionalId,
	// Any code the log holds, including those older versions recorded that are no longer in the list.
	action: v.pipe(v.string(), v.trim(), v.maxLength(64, 'That is not one of the choices')),
	from: optionalDateInput('From date'),
	to: optionalDateInput('To date')
});
export type AuditFiltersInput = v.InferOutput<typeof auditFiltersSchema>;
