import { describe, expect, it } from 'vitest';
import { meetingScreens } from '$lib/meeting/agenda';
import {
	becameLabel,
	becameOf,
	becameRef,
	contributionItemKinds,
	itemKindsFor,
	keepsSpeaker,
	saidByOf,
	voiceOf
} from '$lib/meeting/contribution-item';
import { isFamilyAttendee } from '$lib/meeting/family-attendee';

describe('what something said in a meeting can become in the plan', () => {
	it('maps the About me screens onto their lists and the plan’s screen onto its four kinds; nothing elsewhere', () => {
		expect(itemKindsFor('like-and-admire')).toEqual(['like-and-admire']);
		expect(itemKindsFor('important')).toEqual(['important']);
		expect(itemKindsFor('plan')).toEqual(['aspiration', 'need', 'outcome', 'provision']);
		for (const screen of ['here', 'working', 'questions', 'actions', 'check'] as const)
			expect(itemKindsFor(screen), screen).toEqual([]);
		// Every kind is reachable from some screen.
		const reachable = new Set(meetingScreens.flatMap((screen) => itemKindsFor(screen)));
		expect([...reachable].sort()).toEqual([...contributionItemKinds].sort());
	});

	it('keeps who said it only in items of someone’s own words', () => {
		expect(contributionItemKinds.filter(keepsSpeaker)).toEqual(['like-and-admire', 'important', 'aspiration']);
	});

	it('gives an aspiration the speaker’s voice: the child’s, a parent’s or carer’s, else a professional’s', () => {
		expect(voiceOf({ isChild: true, isFamily: false })).toBe('child');
		expect(voiceOf({ isChild: false, isFamily: true })).toBe('parent-carer');
		expect(voiceOf({ isChild: false, isFamily: false })).toBe('professional');
	});
});

describe('who said it, as the plan keeps it', () => {
	const said = { supportedBy: 'her key worker', writer: 'Sam Patel', writtenOn: '2027-03-14' };

	it('names the child by what the plan calls them, with who helped, written down by the note-taker that day', () => {
		const sarah = { name: 'Sarah Okafor', isChild: true, isFamily: false, accountId: null };
		expect(saidByOf(sarah, said, 'Sarah')).toEqual({
			name: 'Sarah',
			child: true,
			with: 'her key worker',
			recordedBy: 'Sam Patel',
			recordedOn: '2027-03-14'
		});
	});

	it('ties words to an account only when that person typed them from their own device', () => {
		const grace = { name: 'Grace Okafor', isChild: false, isFamily: true, accountId: 'grace' };
		expect(saidByOf(grace, { ...said, supportedBy: null, writer: 'Grace Okafor' }, 'Sarah')).toEqual({
			name: 'Grace Okafor',
			recordedBy: 'Grace Okafor',
			recordedOn: '2027-03-14',
			accountId: 'grace'
		});
		const priya = { name: 'Priya Shah', isChild: false, isFamily: false, accountId: null };
		expect(saidByOf(priya, { ...said, supportedBy: null }, 'Sarah')).not.toHaveProperty('accountId');
	});
});

describe('what a contribution became', () => {
	it('is stored as the item’s kind and id, and read back; anything else reads as nothing', () => {
		const stored = becameRef({ kind: 'aspiration', id: 'abc123' });
		expect(stored).toBe('aspiration:abc123');
		expect(becameOf(stored)).toEqual({ kind: 'aspiration', id: 'abc123' });
		expect(becameOf(null)).toBeNull();
		expect(becameOf('team:abc123')).toBeNull();
		expect(becameOf('aspiration')).toBeNull();
	});

	it('says so in words, by the item’s number now, or that it has since been removed', () => {
		expect(becameLabel('aspiration', 3)).toBe('Became aspiration 3');
		expect(becameLabel('need', 1)).toBe('Became need 1');
		expect(becameLabel('outcome', null)).toBe('Became an outcome, since removed');
		expect(becameLabel('like-and-admire', 2)).toBe('Added to What we like and admire');
		expect(becameLabel('important', 1)).toBe('Added to What’s important');
		expect(becameLabel('important', null)).toBe('Added to What’s important, since removed');
	});
});

describe('the family on a meeting’s list', () => {
	const roles = new Map([
		['t2', 'parent-carer' as const],
		['t5', 'speech-and-language-therapist' as const]
	]);
	it('is a parent or carer on the team, or someone who joined from a family account', () => {
		expect(isFamilyAttendee({ team_member_id: 't2', account_id: null, role: 'Parent or carer' }, roles)).toBe(true);
		expect(isFamilyAttendee({ team_member_id: 't5', account_id: null, role: 'Therapist' }, roles)).toBe(false);
		expect(isFamilyAttendee({ team_member_id: null, account_id: 'grace', role: 'Family' }, roles)).toBe(true);
		expect(isFamilyAttendee({ team_member_id: null, account_id: null, role: 'Family' }, roles)).toBe(false);
		expect(isFamilyAttendee({ team_member_id: null, account_id: 'priya', role: 'Staff' }, roles)).toBe(false);
	});
});
