import * as v from 'valibot';
import { noteVoices } from '../notes/note-voice';
import { optionalFreeText } from './free-text';

/**
 * A note between reviews: whose views, what's working and what's not. Either box may be left empty, but
 * not both: the problem is shown by the first box.
 */
export const planNoteSchema = v.pipe(
	v.object({
		saidBy: v.picklist(noteVoices, 'Select whose views these are'),
		working: optionalFreeText('What’s working'),
		notWorking: optionalFreeText('What’s not working')
	}),
	// A partial check, so that it is told even when whose views these are is missing too.
	v.forward(
		v.partialCheck(
			[['working'], ['notWorking']],
			(note) => note.working !== null || note.notWorking !== null,
			'Enter what’s working, what’s not working, or both'
		),
		['working']
	)
);

export type PlanNoteInput = v.InferOutput<typeof planNoteSchema>;

/** The note form's fields as the browser sent them: a missing field reads as empty. */
export function planNoteFormInput(data: FormData) {
	const field = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	return { saidBy: field('saidBy'), working: field('working'), notWorking: field('notWorking') };
}
