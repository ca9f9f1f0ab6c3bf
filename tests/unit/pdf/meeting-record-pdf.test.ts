import { describe, expect, it } from 'vitest';
import {
	actionsSection,
	outcomeSection,
	meetingRecordContent,
	meetingRecordFileName,
	meetingRecordPdfDefinition
} from '../../../src/lib/pdf/meeting/meeting-record-pdf';
import { expectInOrder, nodesOf, textOf } from './fixtures';
import { sarahMeeting } from './sarah-meeting';

describe('the record of a meeting as a PDF', () => {
	it('gives who was there, then what each person said (the child first), by screen, parked points, actions and the check', () => {
		const text = textOf(meetingRecordContent(sarahMeeting));
		expectInOrder(text, [
			'Record of the planning meeting, 14 March 2027',
			'For Sarah Okafor',
			'Who was there',
			'Sarah Okafor (Child or young person) — Here',
			'Tom Reilly (Travel trainer) — Sent apologies',
			'Ms Leah Hart (Teaching assistant) — Not recorded',
			'How Sarah took part',
			'Sarah is here for part of the meeting. With her key worker beside her, after break.',
			'What each person said',
			'Sarah Okafor',
			'What we like and admire about Sarah:',
			'“I like drawing animals, mostly cats.”',
			'— Sarah said (with her key worker)',
			'What’s important to Sarah, and for Sarah:',
			'Grace Okafor',
			'“She is kind to everyone, even when she is tired.”',
			'Priya Shah',
			'By screen',
			'What we like and admire about Sarah',
			'Grace said:',
			'Sarah said (with her key worker):',
			'What’s important to Sarah, and for Sarah',
			'What’s working and what’s not working',
			'Priya said:',
			'Parked to come back to',
			'How she gets to college (come back to)',
			'Swimming on Saturdays (not come back to)',
			'Actions',
			'What will be done Who By when',
			'Book a visit to the college with Sarah Grace Okafor 15 January 2027',
			'Ask the college about a quiet room Became step 3 of outcome 2. Priya Shah',
			'Where people did not agree',
			'Tom thinks travel training can wait until next year',
			'The check before agreeing',
			'Space: was Sarah able to take part as they wished?',
			'She chose to stay for the first half',
			'Influence: what changed because of Sarah’s views?',
			'Not answered',
			'What went into the plan from what was said',
			'Sarah said: “I want to go to college with Mia.” — Added to What’s important'
		]);
		// Said on its screen, with what it became there too.
		expect(text).toContain('“I want to go to college with Mia.” — Added to What’s important');
		// A screen nobody spoke on has no heading of its own; a planning meeting recommends nothing.
		expect(text).not.toContain('Questions to answer');
		expect(text).not.toContain('What the meeting recommends');
	});

	it('gives a review meeting’s recommendation, as the review report must', () => {
		const review = { ...sarahMeeting, isReview: true };
		const recommends = (outcome: typeof sarahMeeting.outcome) => textOf(outcomeSection({ ...review, outcome }));
		expect(
			recommends({ recommendation: 'amend', recommendationDetail: 'Add travel training.', differences: null })
		).toBe('What the meeting recommends Change the plan. Add travel training.');
		expect(recommends({ recommendation: null, recommendationDetail: null, differences: null })).toBe(
			'What the meeting recommends Not recorded.'
		);
	});

	it('says plainly when nothing was said, parked, agreed or checked', () => {
		const text = textOf(
			meetingRecordContent({
				...sarahMeeting,
				meeting: { ...sarahMeeting.meeting, childTookPart: null, childTookPartHow: null },
				said: [],
				parked: [],
				actions: [],
				check: { space: null, voice: null, audience: null, influence: null }
			})
		);
		expectInOrder(text, [
			'How Sarah took part Not recorded',
			'What each person said Nothing was written down in this meeting.',
			'Actions No actions were agreed.',
			'The check before agreeing The check has not been answered.'
		]);
		expect(text).not.toContain('What went into the plan');
		expect(text).not.toContain('By screen');
		expect(text).not.toContain('Parked to come back to');
	});

	it('keeps the actions’ table with its heading, its header row repeated on each page', () => {
		const [kept] = actionsSection(sarahMeeting);
		expect(kept).toMatchObject({ unbreakable: true });
		const table = nodesOf(kept).find((node) => 'table' in node) as { table: { headerRows: number; body: unknown[] } };
		expect(table.table.headerRows).toBe(1);
		expect(table.table.body).toHaveLength(3);
	});

	it('is an A4 document in British English, titled for the child, its headings tagged, dated as given', () => {
		const definition = meetingRecordPdfDefinition(sarahMeeting, { today: '2027-03-14', author: 'Riverside Academy' });
		expect(definition).toMatchObject({
			pageSize: 'A4',
			language: 'en-GB',
			info: { title: 'Record of the planning meeting, 14 March 2027, for Sarah Okafor', author: 'Riverside Academy' }
		});
		expect(definition.info?.creationDate?.toISOString()).toBe('2027-03-14T00:00:00.000Z');
		const roles = nodesOf(definition.content).flatMap((node) =>
			node.role ? [[node.role, textOf(node as never)]] : []
		);
		expect(roles.filter(([role]) => role === 'H1')).toEqual([['H1', 'Record of the planning meeting, 14 March 2027']]);
		expect(roles.filter(([role]) => role === 'H2').map(([, text]) => text)).toEqual([
			'Who was there',
			'What each person said',
			'By screen',
			'Parked to come back to',
			'Actions',
			'Where people did not agree',
			'The check before agreeing',
			'What went into the plan from what was said'
		]);
		expect(() => meetingRecordPdfDefinition(sarahMeeting, { today: '14 March 2027', author: 'x' })).toThrow(RangeError);
	});

	it('is named for the child, the kind of meeting and its day', () => {
		expect(meetingRecordFileName(sarahMeeting, '2027-03-14')).toBe('Sarah-Okafor-planning-meeting-2027-03-14.pdf');
	});
});
