import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saidPhrase } from '$lib/plan/said-label';
import { expectedAttendees } from '$lib/meeting/expected-attendees';
import { contributionsByPerson, shownContribution, type ShownAttendee } from '$lib/meeting/shown-contribution';
import type { PlanDocument } from '$lib/plan/document';

const sarah = JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')) as PlanDocument;

describe('who a meeting’s list starts with', () => {
	it('puts the child first, from the team, then the team in its order with their roles', () => {
		const list = expectedAttendees(sarah);
		expect(list.map((a) => [a.name, a.role, a.isChild])).toEqual([
			['Sarah Okafor', 'Child or young person', true],
			['Grace Okafor', 'Parent or carer', false],
			['Mr Daniel Price', 'SENCo (special educational needs co-ordinator)', false],
			['Ms Leah Hart', 'Teaching assistant', false],
			['Priya Shah', 'Speech and language therapist', false],
			['Tom Reilly', 'Travel trainer', false]
		]);
	});

	it('lists the child the plan is for when the team does not name them', () => {
		const list = expectedAttendees({ ...sarah, team: sarah.team.filter((m) => m.role !== 'child-young-person') });
		expect(list[0]).toEqual({ name: 'Sarah', role: 'Child or young person', isChild: true, teamMemberId: null });
		expect(list).toHaveLength(sarah.team.length);
	});
});

describe('who said it', () => {
	it('names the speaker, and who helped them say it', () => {
		expect(saidPhrase('Grace', null)).toBe('Grace said');
		expect(saidPhrase('Sarah', 'her key worker')).toBe('Sarah said (with her key worker)');
	});

	it('groups the record by person, the child first, leaving out those who said nothing', () => {
		const people: ShownAttendee[] = [
			{ id: 'g', number: 1, name: 'Grace', role: 'Parent or carer', isChild: false, attendance: 'here' },
			{ id: 't', number: 2, name: 'Tom', role: 'Travel trainer', isChild: false, attendance: 'apologies' },
			{ id: 's', number: 3, name: 'Sarah', role: 'Child or young person', isChild: true, attendance: 'here' }
		];
		const byId = new Map(people.map((p) => [p.id, p]));
		const row = (id: string, attendee: string, text: string, writer: string) =>
			shownContribution(
				{ id, screen: 'working', attendee_id: attendee, supported_by: null, text, writer_name: writer, written_at: id },
				byId
			);
		const said = [row('1', 'g', 'Lunch club works.', 'Grace'), row('2', 's', 'I like art.', 'Daniel Price')];
		expect(said[1]).toMatchObject({ speaker: 'Sarah said', writtenDownBy: 'Daniel Price' });
		expect(said[0]!.writtenDownBy).toBeNull();
		expect(contributionsByPerson(people, said).map((p) => [p.attendee.name, p.said.map((c) => c.text)])).toEqual([
			['Sarah', ['I like art.']],
			['Grace', ['Lunch club works.']]
		]);
	});
});
