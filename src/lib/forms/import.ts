import * as v from 'valibot';

/**
 * The import confirm form: the checked document carried in a hidden field (read and checked again on
 * the server), and, when a child with the same details is already here, the coordinator's choice:
 * `new`, or `child:<id>` to add the plan to that child. The upload/paste step is read by
 * `checkImport` itself (a file and a text area, either of them).
 */
export const importConfirmSchema = v.object({
	document: v.pipe(
		v.string('The plan was not sent. Start again: choose the file or paste the plan.'),
		v.nonEmpty('The plan was not sent. Start again: choose the file or paste the plan.')
	),
	childChoice: v.union(
		[v.literal(''), v.literal('new'), v.pipe(v.string(), v.regex(/^child:[A-Za-z0-9_-]{1,100}$/))],
		'Choose one of the children listed, or create a new child'
	)
});

export type ImportConfirmInput = v.InferOutput<typeof importConfirmSchema>;
