import { describe, expect, it } from 'vitest';
import { newNotesLabel } from '$lib/notes/new-notes-label';
import { noteSpeaker } from '$lib/notes/note-voice';
import { shownNote } from '$lib/server/notes/shown-note';

describe('a note between reviews, as shown', () => {
	it('names whose views they are: the writer, or the child with the writer', () => {
		expect(noteSpeaker('writer', 'Grace', 'Sarah')).toBe('Grace');
		expect(noteSpeaker('child', 'Grace', 'Sarah')).toBe('Sarah, with Grace');
	});

	it('is dated the day it was written in England, and may be withdrawn only by its writer before a review takes it in', () => {
		const note = {
			id: 'n1',
			written_by: 'grace',
			writer_name: 'Grace',
			// 23:30 UTC on 30 June is already 1 July in England (British Summer Time).
			written_at: '2027-06-30T23:30:00.000Z',
			said_by: 'child' as const,
			working: 'Lunch club.',
			not_working: null,
			review_id: null
		};
		expect(shownNote(note, 'Sarah', 'grace')).toEqual({
			id: 'n1',
			speaker: 'Sarah, with Grace',
			date: '1 July 2027',
			working: 'Lunch club.',
			notWorking: null,
			mayWithdraw: true
		});
		expect(shownNote(note, 'Sarah', 'someone-else').mayWithdraw).toBe(false);
		expect(shownNote({ ...note, review_id: 'r1' }, 'Sarah', 'grace').mayWithdraw).toBe(false);
	});

	it('counts new notes for the team', () => {
		expect(newNotesLabel(1)).toBe('1 new note');
		expect(newNotesLabel(3)).toBe('3 new notes');
	});
});
