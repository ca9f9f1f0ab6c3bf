import type * as v from 'valibot';

type ObjectLike = { type: 'object'; entries: v.ObjectEntries };
type Piped = { pipe: readonly [ObjectLike, ...unknown[]] };

/** A schema a form can be read by: an object schema, or a piped one. */
export type FormSchema = ObjectLike | Piped;

/** The field names of an object schema, or of a piped one (`v.pipe(v.object(…), …)`). */
function fieldNames(schema: FormSchema): string[] {
	const object = 'pipe' in schema ? schema.pipe[0] : schema;
	return Object.keys(object.entries);
}

/**
 * A form's fields as the schema expects them. A field the browser did not send (an unticked radio group)
 * becomes '', so that its own plain message is shown rather than a generic "missing key".
 */
export function formInput(data: FormData, schema: FormSchema): Record<string, string> {
	const input: Record<string, string> = {};
	for (const name of fieldNames(schema)) {
		const value = data.get(name);
		input[name] = typeof value === 'string' ? value : '';
	}
	return input;
}
