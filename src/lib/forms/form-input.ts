import type * as v from 'valibot';
import type { TypedDate } from '../dates/typed-date';
import { isDateInput, typedDateFrom } from './date-input';

type ObjectLike = { type: 'object'; entries: v.ObjectEntries };
type Piped = { pipe: readonly [ObjectLike, ...unknown[]] };

/** What a form sent: a POST's `FormData`, or a GET form's query (`URLSearchParams`). */
export type FormFields = { get(name: string): FormDataEntryValue | null };

/** A schema a form can be read by: an object schema, or a piped one. */
export type FormSchema = ObjectLike | Piped;

/** The fields of an object schema, or of a piped one (`v.pipe(v.object(…), …)`). */
function fields(schema: FormSchema): Array<[string, unknown]> {
	const object = 'pipe' in schema ? schema.pipe[0] : schema;
	return Object.entries(object.entries);
}

/**
 * A form's fields as the schema expects them. A field the browser did not send (an unticked radio group)
 * becomes '', so that its own plain message is shown rather than a generic "missing key". A date input
 * is its three boxes (`dateInput`).
 */
export function formInput(data: FormFields, schema: FormSchema): Record<string, string | TypedDate> {
	const input: Record<string, string | TypedDate> = {};
	for (const [name, field] of fields(schema)) {
		const value = data.get(name);
		input[name] = isDateInput(field) ? typedDateFrom(data, name) : typeof value === 'string' ? value : '';
	}
	return input;
}
