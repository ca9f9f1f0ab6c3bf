import * as v from 'valibot';
import { noteVoices } from '../notes/note-voice';
import { TEXT_MAX_LENGTH } from '../plan/vocabulary';

/**
 * Control characters other than tab and line breaks: nothing a person types, and nothing the page or
 * the PDF can show, so a note holding them is refused rather than stored.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** One of the note's two boxes: optional, trimmed, at most 2,000 characters, no control characters. */
function noteText(name: string) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.maxLength(TEXT_MAX_LENGTH, `${name} must be 2,000 characters or fewer`),
		v.check((text) => !controlCharacters.test(text), `${name} holds characters that cannot be shown: remove them`),
		v.transform((text) => (text === '' ? null : text))
	);
}

/**
 * A note between reviews: whose views, what's working and what's not. Either box may be left empty, but
 * not both: the problem is shown by the first box.
 */
export const planNoteSchema = v.pipe(
	v.object({
		saidBy: v.picklist(noteVoices, 'Select whose views these are'),
		working: noteText('What’s working'),
		notWorking: noteText('What’s not working')
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
