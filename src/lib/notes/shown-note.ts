import { ukDateOf } from '../dates/format-timestamp';
import { noteSpeaker, type NoteVoice } from './note-voice';

/**
 * A stored note, as much of it as a page shows: the `plan_note` row's columns, written out here because
 * this module is below the server (the server's schema takes `NoteVoice` from here).
 */
interface StoredNote {
	id: string;
	written_by: string | null;
	writer_name: string;
	written_at: string;
	said_by: NoteVoice;
	working: string | null;
	not_working: string | null;
	review_id: string | null;
}

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
