import { describe, expect, it } from 'vitest';
import { auditEntryText, auditItemText, numberItems, type CurrentItem } from '$lib/audit/audited-item';

const item = (id: string, kind: string, position: number, text: string, more: Partial<CurrentItem> = {}) => ({
	id,
	lineageId: null,
	kind,
	parentId: null,
	position,
	text,
	...more
});

const current = numberItems([
	item('o2', 'outcome', 1, 'By the age of 16, Sarah will travel to college on her own by bus', { lineageId: 'o2-v1' }),
	item('o1', 'outcome', 0, 'Sarah reads a page aloud'),
	item('s1', 'step', 0, 'Walks to the stop with an adult', { parentId: 'o2' }),
	item('s2', 'step', 1, 'Catches the bus on her own', { parentId: 'o2' }),
	item('t1', 'team', 0, 'Priya Shah'),
	item('a1', 'aspiration', 0, 'To be a vet')
]);

describe('what an audit row changed, in words', () => {
	it('names an item by kind, number and the start of its words', () => {
		const text = auditItemText('outcome:o2', new Map(), current);
		expect(text).toBe('outcome 2: “By the age of 16, Sarah will travel to…”');
		expect(auditEntryText('plan.changed', text)).toBe('Changed outcome 2: “By the age of 16, Sarah will travel to…”');
	});

	it('numbers a step within its outcome, and names a team member by name', () => {
		expect(auditItemText('step:s2', new Map(), current)).toBe('step 2 of outcome 2: “Catches the bus on her own”');
		expect(auditItemText('team:t1', new Map(), current)).toBe('team member 1: Priya Shah');
	});

	it('finds an item an older version named by the id it was first written with', () => {
		expect(auditItemText('outcome:o2-v1', new Map(), current)).toMatch(/^outcome 2: /);
		expect(auditItemText('outcome:o2-v2', new Map([['o2-v2', 'o2-v1']]), current)).toMatch(/^outcome 2: /);
	});

	it('says an item is gone when the plan no longer has it', () => {
		expect(auditItemText('outcome:gone', new Map(), current)).toBe('an outcome since removed');
		expect(auditEntryText('plan.changed', auditItemText('need:gone', new Map(), current))).toBe(
			'Changed a need since removed'
		);
	});

	it('names the parts with no id, and leaves other ids to the action', () => {
		expect(auditEntryText('plan.changed', auditItemText('child', new Map(), current))).toBe(
			'Changed the child’s details'
		);
		expect(auditItemText('plan', new Map(), current)).toBe('the plan’s details');
		expect(auditItemText('version:v1', new Map(), current)).toBeNull();
		expect(auditItemText(null, new Map(), current)).toBeNull();
		expect(auditEntryText('plan.viewed', null)).toBe('Viewed a plan');
		expect(auditEntryText('suggestion.made', auditItemText('aspiration:a1', new Map(), current))).toBe(
			'Suggested a change to someone’s words in a plan (aspiration 1: “To be a vet”)'
		);
	});
});
