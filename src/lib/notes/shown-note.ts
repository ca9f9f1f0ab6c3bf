import { ukDateOf } from '../dates/format-timestamp';
import type { Selectable } from 'kysely';
import type { PlanNoteTable } from '../server/db/schema';
import { noteSpeaker } from './note-voice';

/** A stored note, as much of it as a page shows. */
type StoredNote = Pick<
	Selectable<PlanNoteTable>,
	'id' | 'written_by' | 'writer_name' | 'written_at' | 'said_by' | 'working' | 'not_working' | 'review_id'
>;

/** A note as the notes page and the review show it: whose views, the day it was written, its two parts. */
export interface ShownNote {
	id: string;
	speaker: string;
	date: string;
	working: string | null;
	notWorking: string | null;
	/** Whether the person reading may withdraw it: they wrote it, and no review has gathered it. */
	mayWithdraw: boolean;
}

/** A note for `readerId` to read, the child called by `childName`. */
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
