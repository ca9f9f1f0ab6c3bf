import { describe, expect, it } from 'vitest';
import { meetingScreens, nextScreen, previousScreen, screenWords } from '$lib/meeting/agenda';
import { meetingKindFor } from '$lib/meeting/meeting-kind';

describe('the meeting’s agenda', () => {
	it('runs from who’s here to checking before agreeing, each screen saying in one sentence what it is for', () => {
		expect(meetingScreens[0]).toBe('here');
		expect(meetingScreens.at(-1)).toBe('check');
		for (const screen of meetingScreens) {
			const { title, purpose } = screenWords(screen, 'Sarah', 'planning');
			expect(title.length).toBeGreaterThan(3);
			// One plain sentence: one full stop, at the end.
			expect(purpose).toMatch(/^[A-Z][^.]*\.$/);
		}
		expect(screenWords('like-and-admire', 'Sarah', 'planning').title).toBe('What we like and admire about Sarah');
	});

	it('asks about progress on the plan in a review meeting, and about writing it in a planning meeting', () => {
		expect(screenWords('plan', 'Sarah', 'review').title).toBe('The plan: progress on each outcome');
		expect(screenWords('plan', 'Sarah', 'planning').title).toBe('The plan: hopes, needs, outcomes and support');
		expect(meetingKindFor('agreed')).toBe('review');
		expect(meetingKindFor('draft')).toBe('planning');
	});

	it('moves forward and back, and stops at either end', () => {
		expect(nextScreen('here')).toBe('like-and-admire');
		expect(previousScreen('like-and-admire')).toBe('here');
		expect(previousScreen('here')).toBeNull();
		expect(nextScreen('check')).toBeNull();
	});
});
