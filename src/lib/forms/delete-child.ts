import * as v from 'valibot';

/** Folds case, spaces and apostrophe styles, so "sarah  okafor" confirms "Sarah Okafor". */
export function normaliseName(name: string): string {
	return name
		.normalize('NFC')
		.replace(/[’‘`ʼ]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.toLocaleLowerCase('en-GB');
}

/** Confirming the deletion of a child's records by typing their full name. */
export function deleteChildSchema(fullName: string) {
	return v.object({
		confirmName: v.pipe(
			v.string(`Type ${fullName} to confirm`),
			v.nonEmpty(`Type ${fullName} to confirm`),
			v.check(
				(typed) => normaliseName(typed) === normaliseName(fullName),
				`Type the child’s full name, ${fullName}, exactly as it is shown`
			)
		)
	});
}
