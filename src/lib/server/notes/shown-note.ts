import { ukDateOf } from '../../dates/format-timestamp';
import { noteSpeaker } from '../../notes/note-voice';
import type { ShownNote } from '../../notes/shown-note';
import type { PlanNoteRow } from '../db/plan-notes';

/** As much of a stored note as is shown. */
type StoredNote = Pick<
	PlanNoteRow,
	'id' | 'written_by' | 'writer_name' | 'written_at' | 'said_by' | 'working' | 'not_working' | 'review_id'
>;

/** A stored note as `readerId` reads it, the child called by `childName`. */
export function shownNote(note: StoredNote, childName: string, readerId: string): ShownNote {
	return {
		id: note.id,
		speaker: noteSpeaker(note.said_by, note.writer_name, childName),
		date: ukDateOf(note.written_at),
		working: note.working,
		notWorking: note.not_working,
		mayWithdraw: note.written_by === readerId && note.review_id === null
	};
}
