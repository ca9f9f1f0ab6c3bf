/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument, type SaidBy } from '$lib/plan/document';
import { profileEntry } from '$lib/plan/profile-entry';
import { saidLabel, speakerName, type SaidItem } from '$lib/plan/said-label';
import { serialisePlanDocument } from '$lib/plan/serialise';
import { shortName } from '$lib/plan/short-name';
import { acceptedLine } from '$lib/plan/suggestion-lines';
import { withoutAccountIds } from '$lib/plan/without-account-ids';
import { changeNeedsSuggestion, decisionRight } from '$lib/plan/words-rights';

const today = '2026-12-03';
const sarahJson = (): Record<string, any> =>
	JSON.parse(readFileSync(new URL('../../fixtures/sarah.plan.json', import.meta.url), 'utf8'));
const child = { firstName: 'Sarah' };
const grace: SaidBy = { name: 'Grace Okafor', recordedBy: 'Grace Okafor', recordedOn: today, accountId: 'acc-grace' };
const sarahSaid: SaidBy = { name: 'Sarah', child: true };

describe('saidLabel', () => {
	it.each<[string, SaidItem, { firstName: string; knownAs?: string }, string | undefined]>([
		['a named parent', { voice: 'parent-carer', saidBy: grace }, child, 'Grace said'],
		['a named person on an About me entry', { saidBy: { name: 'Tom Reid' } }, child, 'Tom said'],
		['a title kept whole', { voice: 'professional', saidBy: { name: 'Mrs Patel' } }, child, 'Mrs Patel said'],
		['the child', { voice: 'child', saidBy: sarahSaid }, child, 'Sarah said'],
		[
			'the child by the name they are known by',
			{ voice: 'child', saidBy: sarahSaid },
			{ firstName: 'Sarah', knownAs: 'Sadie' },
			'Sadie said'
		],
		[
			'the child, with someone',
			{ voice: 'child', saidBy: { ...sarahSaid, with: 'her key worker' } },
			child,
			'Sarah said (with her key worker)'
		],
		['an old aspiration in the child’s voice', { voice: 'child' }, child, 'Sarah said'],
		['an old aspiration of a parent', { voice: 'parent-carer' }, child, 'A parent or carer said'],
		['an old aspiration of a professional', { voice: 'professional' }, child, 'A professional said'],
		['an old About me entry', {}, child, undefined]
	])('%s', (_case, item, names, expected) => {
		expect(saidLabel(item, names)).toBe(expected);
	});

	it('names who said it, or no one when the plan does not know', () => {
		expect(speakerName({ saidBy: grace }, child)).toBe('Grace');
		expect(speakerName({ voice: 'parent-carer' }, child)).toBeUndefined();
	});

	it('shortens names to how a sentence uses them', () => {
		expect(shortName('  Grace   Okafor ')).toBe('Grace');
		expect(shortName('Dr. Amal Shah')).toBe('Dr. Amal Shah');
		expect(shortName('Cher')).toBe('Cher');
	});
});

describe('About me entries', () => {
	it('are read in both shapes by one accessor', () => {
		expect(profileEntry('Kind')).toEqual({ text: 'Kind' });
		expect(profileEntry({ text: 'Kind', saidBy: grace })).toEqual({ text: 'Kind', saidBy: grace });
	});

	it('are accepted as text or as text with who said it', () => {
		const json = sarahJson();
		json.profile.likeAndAdmire = [
			'She is kind.',
			{ text: 'She makes us laugh.', saidBy: { name: 'Grace Okafor', recordedBy: 'Mr Jones', recordedOn: today } },
			{ text: 'I am good at drawing.', saidBy: { name: 'Sarah', child: true, with: 'her key worker' } }
		];
		const result = parsePlanDocument(json, { today });
		expect(result.ok ? [] : result.problems).toEqual([]);
		if (!result.ok) return;
		expect(result.plan.profile!.likeAndAdmire!.map(profileEntry).map((entry) => entry.text)).toEqual([
			'She is kind.',
			'She makes us laugh.',
			'I am good at drawing.'
		]);
	});

	it('refuse an unknown field, an empty speaker and a date that is not one', () => {
		const json = sarahJson();
		json.profile.important = [{ text: 'Dogs', saidBy: { name: '', recordedOn: '2026-02-30' }, colour: 'red' }];
		const result = parsePlanDocument(json, { today });
		expect(result.ok).toBe(false);
		const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
		expect(paths).toContain('profile.important[0].colour');
	});
});

describe('export → import → export', () => {
	function parse(json: unknown): PlanDocument {
		const result = parsePlanDocument(JSON.parse(JSON.stringify(json)), { today });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		return result.plan;
	}

	it('keeps who said each item, writes the object form only with a speaker, and never writes account ids', () => {
		const base = parse(sarahJson());
		const plan: PlanDocument = {
			...base,
			profile: { ...base.profile, important: ['Plain', { text: 'Named', saidBy: grace }] },
			aspirations: base.aspirations.map((aspiration, index) =>
				index === 0
					? { ...aspiration, saidBy: { ...sarahSaid, with: 'her key worker', recordedOn: today } }
					: aspiration
			)
		};
		const once = serialisePlanDocument(plan);
		expect(JSON.stringify(once)).not.toContain('acc-grace');
		expect(once.profile!.important).toEqual([
			'Plain',
			{ text: 'Named', saidBy: { name: 'Grace Okafor', recordedBy: 'Grace Okafor', recordedOn: today } }
		]);
		expect(once.aspirations[0]!.saidBy).toEqual({ ...sarahSaid, with: 'her key worker', recordedOn: today });
		expect(serialisePlanDocument(parse(once))).toEqual(once);
	});

	it('drops account ids from a file brought in', () => {
		const json = sarahJson();
		json.aspirations[0].saidBy = { name: 'Grace Okafor', accountId: 'someone' };
		json.profile.support = [{ text: 'Time', saidBy: { name: 'Grace Okafor', accountId: 'someone' } }];
		const plan = withoutAccountIds(parse(json));
		expect(JSON.stringify(plan)).not.toContain('someone');
		expect(plan.aspirations[0]!.saidBy).toEqual({ name: 'Grace Okafor' });
	});
});

describe('who may change words, and who decides a suggestion', () => {
	const mine = { voice: 'parent-carer' as const, saidBy: grace };
	it.each<[string, SaidItem, string, boolean]>([
		['one’s own words change directly', mine, 'acc-grace', false],
		['someone else’s words are a suggestion', mine, 'acc-teacher', true],
		['a named person without an account: a suggestion', { saidBy: { name: 'Tom Reid' } }, 'acc-teacher', true],
		[
			'the child’s words are a suggestion, even for who wrote them down',
			{ voice: 'child', saidBy: sarahSaid },
			'acc-grace',
			true
		],
		['old words in the child’s voice are a suggestion', { voice: 'child' }, 'acc-teacher', true],
		['old words of a parent change directly (as before)', { voice: 'parent-carer' }, 'acc-teacher', false],
		['old About me entries change directly', {}, 'acc-teacher', false]
	])('%s', (_case, item, accountId, expected) => {
		expect(changeNeedsSuggestion(item, accountId)).toBe(expected);
	});

	it.each<[string, SaidItem, { accountId: string; mayEdit: boolean }, 'own' | 'with-them' | undefined]>([
		['the person who said them, themselves', mine, { accountId: 'acc-grace', mayEdit: false }, 'own'],
		['the person who said them, even as an editor', mine, { accountId: 'acc-grace', mayEdit: true }, 'own'],
		['an editor, with them', mine, { accountId: 'acc-teacher', mayEdit: true }, 'with-them'],
		['another family member: no one', mine, { accountId: 'acc-dad', mayEdit: false }, undefined],
		[
			'the child’s words: an editor with the child',
			{ voice: 'child', saidBy: sarahSaid },
			{ accountId: 'acc-teacher', mayEdit: true },
			'with-them'
		],
		[
			'the child’s words: not the parent alone',
			{ voice: 'child', saidBy: { ...sarahSaid, accountId: 'acc-grace' } },
			{ accountId: 'acc-grace', mayEdit: false },
			undefined
		]
	])('%s', (_case, item, decider, expected) => {
		expect(decisionRight(item, decider)).toBe(expected);
	});
});

describe('the history of a changed item', () => {
	it('says when, at whose suggestion, and who accepted, with whom', () => {
		expect(
			acceptedLine({
				suggestedBy: 'Grace Okafor',
				decidedBy: 'Grace Okafor',
				decidedAt: '2026-12-04T10:00:00.000Z',
				decidedWith: null
			})
		).toBe('Changed on 4 December 2026 at Grace’s suggestion, accepted by Grace');
		expect(
			acceptedLine({
				suggestedBy: 'Grace Okafor',
				decidedBy: 'Mrs Patel',
				decidedAt: '2026-12-04T23:30:00.000Z',
				decidedWith: 'Sarah, in the review meeting'
			})
		).toBe('Changed on 4 December 2026 at Grace’s suggestion, accepted by Mrs Patel with Sarah, in the review meeting');
	});
});
