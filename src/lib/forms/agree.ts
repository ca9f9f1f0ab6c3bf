import * as v from 'valibot';
import { textSchema } from '../plan/schema';

/**
 * Agreeing the plan: who took part, as the ids of the plan's team members (at least one). The form sends
 * every ticked box under `tookPart`: read them with `formData.getAll('tookPart')`. Whether each id is a
 * member of this plan's team is checked against the plan on the server.
 */
export const agreeSchema = v.object({
	versionId: v.message(textSchema, 'This form is out of date. Reload the page and try again.'),
	tookPart: v.pipe(
		v.array(v.message(textSchema, 'Select who took part in agreeing the plan')),
		v.minLength(1, 'Select who took part in agreeing the plan: at least one member of the team')
	)
});

export type AgreeInput = v.InferOutput<typeof agreeSchema>;

/** The form's fields as the schema reads them. */
export function agreeInput(data: FormData): { versionId: string; tookPart: string[] } {
	const versionId = data.get('versionId');
	return {
		versionId: typeof versionId === 'string' ? versionId : '',
		tookPart: data.getAll('tookPart').filter((value): value is string => typeof value === 'string')
	};
}
