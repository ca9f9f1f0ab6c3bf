import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { nextVersionDocument } from '$lib/plan/next-version';

function fixture(name: string): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), {
		today: '2026-11-22'
	});
	if (!result.ok) throw new Error(name);
	return result.plan;
}

describe('the next version after a review', () => {
	const sarah = { ...fixture('sarah'), plan: { ...fixture('sarah').plan, status: 'agreed' as const } };

	it('starts as a draft on the review date, with the review moved on 12 months', () => {
		const next = nextVersionDocument(sarah, {
			date: '2027-03-05',
			progress: { o1: 'good-progress', o2: 'some-progress' }
		});
		expect(next.plan).toMatchObject({
			status: 'draft',
			startDate: '2027-03-05',
			reviewDate: '2028-03-05',
			title: sarah.plan.title,
			kind: sarah.plan.kind
		});
		expect(next.outcomes.map((o) => o.id)).toEqual(['o1', 'o2']);
	});

	it.each([
		['achieved', ['o2']],
		['no-longer-relevant', ['o2']],
		['good-progress', ['o1', 'o2']],
		['some-progress', ['o1', 'o2']],
		['no-progress', ['o1', 'o2']]
	] as const)('an outcome rated %s leaves %j', (rating, kept) => {
		const next = nextVersionDocument(sarah, { date: '2027-03-05', progress: { o1: rating, o2: 'some-progress' } });
		expect(next.outcomes.map((o) => o.id)).toEqual(kept);
	});

	it('drops links to outcomes left out, and keeps the provision for the team to review', () => {
		const next = nextVersionDocument(sarah, { date: '2027-03-05', progress: { o1: 'achieved', o2: 'good-progress' } });
		expect(next.provision.map((p) => [p.id, p.outcomeIds])).toEqual([
			['p1', ['o2']],
			['p2', []],
			['p3', []]
		]);
	});

	it('reviews a child under 5 again after 6 months', () => {
		const amara = fixture('amara');
		const next = nextVersionDocument(amara, { date: '2027-01-31', progress: {} });
		expect(next.plan.reviewDate).toBe('2027-07-31');
	});

	it('leaves the reviewed version untouched', () => {
		const before = JSON.stringify(sarah);
		nextVersionDocument(sarah, { date: '2027-03-05', progress: { o1: 'achieved' } });
		expect(JSON.stringify(sarah)).toBe(before);
	});
});
