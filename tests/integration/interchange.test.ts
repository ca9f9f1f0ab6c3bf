import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { serialisePlanDocument, stringifyPlanDocument } from '$lib/plan/serialise';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { exportPlan, planJsonFileName } from '$lib/server/interchange/export';
import { checkImport, confirmImport, IMPORT_MAX_BYTES } from '$lib/server/interchange/import';
import { importCheckAnswer, importConfirmAnswer } from '$lib/server/interchange/import-form';
import type { StarterContext } from '$lib/server/plans/account-context';
import { largestPlan } from '../fixtures/largest-plan';
import { ARBITRARY_TODAY, planArbitrary } from '../fixtures/plan-arbitrary';
import { fixture, fixtureText, importRequest, seedOrganisation, snapshot, today } from '../unit/interchange/support';
import { starterContext } from './support/seed-plans';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let org: { organisationId: string; accountId: string };
let starter: StarterContext;

beforeEach(async () => {
	temp = await createTempDatabase();
	org = await seedOrganisation(temp.db, 'riverside');
	starter = await starterContext(temp.db, org);
});
afterEach(() => temp.dispose());

/** Imports JSON text through the service (check, then confirm as a new child); returns the new plan's id. */
async function importText(text: string): Promise<string> {
	const result = await confirmImport(starter, { json: text, choice: { kind: 'new' }, today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	if (!result.saved) throw new Error(result.choiceError);
	return result.planId;
}

/** The document as export writes it, with the status it is saved with on import. */
const asDraft = (document: PlanDocument): PlanDocument =>
	serialisePlanDocument({ ...document, plan: { ...document.plan, status: 'draft' } });

describe('export', () => {
	it('names the file after the child and the start date, safely', () => {
		expect(planJsonFileName(fixture('sarah'))).toBe('Sarah-Okafor-plan-2026-09-07.json');
		const plan = fixture('sarah');
		expect(planJsonFileName({ ...plan, child: { ...plan.child, firstName: 'Zoë', lastName: "O'Brien-Łukasz" } })).toBe(
			'Zoe-OBrien-Lukasz-plan-2026-09-07.json'
		);
		expect(planJsonFileName({ ...plan, child: { ...plan.child, firstName: '李', lastName: 'Nguyễn' } })).toBe(
			'Nguyen-plan-2026-09-07.json'
		);
	});

	it('writes the current version in the interchange format, and a past version when asked; not another plan’s', async () => {
		const planId = await importText(fixtureText('sarah'));
		const exported = await exportPlan(temp.db, planId);
		expect(exported?.fileName).toBe('Sarah-Okafor-plan-2026-09-07.json');
		expect(exported?.text).toBe(stringifyPlanDocument(exported!.document));
		expect(JSON.parse(exported!.text)).toEqual(asDraft(fixture('sarah')));
		expect((await exportPlan(temp.db, planId, exported!.versionId))?.text).toBe(exported?.text);
		const other = await importText(fixtureText('amara'));
		const otherVersion = (await exportPlan(temp.db, other))!.versionId;
		expect(await exportPlan(temp.db, planId, otherVersion)).toBeUndefined();
	});
});

describe('round trip: export → import → export gives the same document apart from ids and status', () => {
	it.each(['sarah', 'amara', 'kacper', 'tariq'] as const)('%s’s plan, through the import service', async (name) => {
		const first = (await exportPlan(temp.db, await importText(fixtureText(name))))!;
		const second = (await exportPlan(temp.db, await importText(first.text)))!;
		expect(second.text).toBe(first.text);
		expect(first.document).toEqual(asDraft(fixture(name)));
	});

	it('who said each item, in both About me shapes, with no account id in or out', async () => {
		const json = JSON.parse(fixtureText('sarah'));
		json.aspirations[0].saidBy = { name: 'Sarah', child: true, with: 'her key worker', recordedOn: '2026-11-20' };
		json.aspirations[2].saidBy = { name: 'Grace Okafor', recordedBy: 'Mr Jones', accountId: 'someone-elses' };
		json.profile.important = ['Plain words', { text: 'Named words', saidBy: { name: 'Grace Okafor' } }];
		const first = (await exportPlan(temp.db, await importText(JSON.stringify(json))))!;
		const second = (await exportPlan(temp.db, await importText(first.text)))!;
		expect(second.text).toBe(first.text);
		expect(first.text).not.toContain('accountId');
		expect(first.document.aspirations[0]!.saidBy).toEqual(json.aspirations[0].saidBy);
		expect(first.document.aspirations[2]!.saidBy).toEqual({ name: 'Grace Okafor', recordedBy: 'Mr Jones' });
		expect(first.document.profile!.important).toEqual(json.profile.important);
	});

	it('a role described ("Other": Travel trainer), and an older file that describes none', async () => {
		const described = fixture('sarah');
		expect(described.team.find((member) => member.id === 't6')).toMatchObject({
			role: 'other',
			roleDescription: 'Travel trainer'
		});
		const first = (await exportPlan(temp.db, await importText(JSON.stringify(described))))!;
		const second = (await exportPlan(temp.db, await importText(first.text)))!;
		expect(second.text).toBe(first.text);
		expect(first.document).toEqual(asDraft(described));
		expect(first.text).toContain('"role": "other",\n      "roleDescription": "Travel trainer",');
		// A file from before descriptions: "Other" alone still reads, and stays undescribed.
		const older = { ...described, team: described.team.map(({ roleDescription: _described, ...member }) => member) };
		const olderOut = (await exportPlan(temp.db, await importText(JSON.stringify(older))))!;
		expect(olderOut.document).toEqual(asDraft(older));
		expect(olderOut.text).not.toContain('roleDescription');
	});

	it('the largest plan the format allows (~88 MB), through the store (far over the 1 MB upload limit)', async () => {
		const document = largestPlan();
		const store = async (plan: PlanDocument) =>
			(await temp.db.transaction().execute((trx) => insertPlanDocument(trx, { ...org, document: plan, today }))).planId;
		const first = (await exportPlan(temp.db, await store(document)))!;
		expect(first.text.length).toBeGreaterThan(80_000_000);
		const reparsed = parsePlanDocument(JSON.parse(first.text), { today });
		if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.problems.slice(0, 3)));
		const second = (await exportPlan(temp.db, await store(reparsed.plan)))!;
		expect(second.text === first.text).toBe(true);
		expect(first.text === `${JSON.stringify(asDraft(document), null, 2)}\n`).toBe(true);
	}, 300_000);

	it('generated plans, through the import service', async () => {
		await fc.assert(
			fc.asyncProperty(planArbitrary(), async (generated) => {
				const first = (await exportPlan(temp.db, await importText(JSON.stringify(generated))))!;
				const second = (await exportPlan(temp.db, await importText(first.text)))!;
				expect(second.text).toBe(first.text);
				// Nothing lost on the way in either: the same plan, apart from ids, status and empty profile lists.
				const profile = Object.fromEntries(
					Object.entries(generated.profile ?? {}).filter(([, list]) => list.length > 0)
				);
				const { profile: _dropped, ...rest } = generated;
				const expected = Object.keys(profile).length > 0 ? { ...rest, profile } : rest;
				expect(first.document).toEqual(asDraft(expected as PlanDocument));
			}),
			{ numRuns: 60 }
		);
	});
});

describe('import', () => {
	it('shows a preview without saving anything: counts, findings, and the checked document to carry', async () => {
		const before = await snapshot(temp.db);
		const result = await checkImport(temp.db, {
			organisationId: org.organisationId,
			content: new TextEncoder().encode(fixtureText('sarah')),
			today
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const sarah = fixture('sarah');
		expect(result.counts).toEqual({
			profile:
				(sarah.profile?.likeAndAdmire?.length ?? 0) +
				(sarah.profile?.important?.length ?? 0) +
				(sarah.profile?.support?.length ?? 0),
			team: sarah.team.length,
			aspirations: sarah.aspirations.length,
			needs: sarah.needs.length,
			outcomes: sarah.outcomes.length,
			steps: sarah.outcomes.reduce((n, o) => n + o.steps.length, 0),
			provision: sarah.provision.length
		});
		expect(JSON.parse(result.json)).toEqual(sarah);
		expect(result.duplicates).toEqual([]);
		expect(await snapshot(temp.db)).toEqual(before);
	});

	it('lists every problem by where it is, in plain English, and saves nothing', async () => {
		const plan = JSON.parse(fixtureText('sarah'));
		plan.outcomes[1].targetDate = '2027-02-30';
		plan.child.firstName = '';
		plan.team[0].colour = 'blue';
		const before = await snapshot(temp.db);
		const result = await checkImport(temp.db, {
			organisationId: org.organisationId,
			content: JSON.stringify(plan),
			today
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.status).toBe(400);
		expect(result.problems.map((p) => p.location)).toEqual([
			'The child’s details, first name',
			'Team member 1, the field "colour"',
			'Outcome 2, target date'
		]);
		expect(result.problems[2]).toMatchObject({
			path: 'outcomes[1].targetDate',
			message: expect.stringContaining('real date')
		});
		expect(await snapshot(temp.db)).toEqual(before);
	});

	it('refuses broken links, listing each one on the item that holds it', async () => {
		const plan = JSON.parse(fixtureText('sarah'));
		plan.outcomes[1].needIds.push('n99');
		plan.provision[0].teamMemberId = 'nobody';
		const result = await checkImport(temp.db, {
			organisationId: org.organisationId,
			content: JSON.stringify(plan),
			today
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => [p.location, p.path])).toEqual([
			['Outcome 2', 'outcomes[1]'],
			['Provision 1', 'provision[0]']
		]);
		expect(result.problems[0]!.message).toContain('"n99"');
	});

	it('refuses a file over 1 MB before reading it, a file that is not UTF-8, an empty one, and one that is not JSON', async () => {
		const check = (content: Uint8Array | string) =>
			checkImport(temp.db, { organisationId: org.organisationId, content, today });
		const big = await check(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x20));
		expect(big).toMatchObject({ ok: false, status: 413 });
		expect(JSON.stringify(big)).toContain('1 MB');
		expect(await check(`"${'x'.repeat(IMPORT_MAX_BYTES)}"`)).toMatchObject({ ok: false, status: 413 });
		expect(await check(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ message: expect.stringContaining('UTF-8') }]
		});
		expect(await check(new Uint8Array())).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ message: expect.stringContaining('empty') }]
		});
		expect(await check('{"format": "golden-thread/plan",\n "version": 1,')).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ location: 'The file', message: expect.stringContaining('line 2') }]
		});
		expect(await check('%PDF-1.7')).toMatchObject({
			ok: false,
			status: 400,
			problems: [{ message: expect.stringContaining('not valid JSON') }]
		});
	});

	it('saves the child and the plan as a draft version 1 with an audit row, whatever status it had', async () => {
		const plan = JSON.parse(fixtureText('sarah'));
		plan.plan.status = 'agreed';
		const planId = await importText(JSON.stringify(plan));
		const version = await temp.db.selectFrom('plan_version').selectAll().where('plan_id', '=', planId).execute();
		expect(version.map((v) => [v.number, v.status])).toEqual([[1, 'draft']]);
		const audit = await temp.db.selectFrom('audit_event').selectAll().where('action', '=', 'plan.imported').execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ plan_id: planId, account_id: org.accountId, organisation_id: org.organisationId });
		const child = await temp.db.selectFrom('child').selectAll().execute();
		expect(child.map((c) => [c.first_name, c.last_name, c.organisation_id])).toEqual([
			['Sarah', 'Okafor', org.organisationId]
		]);
	});

	it('asks whose plan it is when the same child is already here, and adds it to them or to a new child', async () => {
		const firstPlan = await importText(fixtureText('sarah'));
		const firstChild = (
			await temp.db.selectFrom('plan').select('child_id').where('id', '=', firstPlan).executeTakeFirstOrThrow()
		).child_id;
		const text = fixtureText('sarah').replace('"Sarah"', '"SARAH"');
		const checked = await checkImport(temp.db, { organisationId: org.organisationId, content: text, today });
		expect(checked.ok && checked.duplicates.map((d) => [d.id, d.planCount])).toEqual([[firstChild, 1]]);

		const before = await snapshot(temp.db);
		const unchosen = await confirmImport(starter, { json: text, choice: { kind: 'none' }, today });
		expect(unchosen).toMatchObject({ ok: true, saved: false, choiceError: expect.stringContaining('Choose') });
		const forged = await confirmImport(starter, {
			json: text,
			choice: { kind: 'existing', childId: 'someone-else' },
			today
		});
		expect(forged).toMatchObject({ ok: true, saved: false });
		expect(await snapshot(temp.db)).toEqual(before);

		const added = await confirmImport(starter, {
			json: text,
			choice: { kind: 'existing', childId: firstChild },
			today
		});
		expect(added).toMatchObject({ ok: true, saved: true, childId: firstChild });
		const created = await confirmImport(starter, { json: text, choice: { kind: 'new' }, today });
		expect(created.ok && created.saved && created.childId).not.toBe(firstChild);
		expect(await temp.db.selectFrom('child').select('id').execute()).toHaveLength(2);
		expect(await temp.db.selectFrom('plan').select('id').where('child_id', '=', firstChild).execute()).toHaveLength(2);
	});

	it('never matches a child of another organisation', async () => {
		await importText(fixtureText('sarah'));
		const other = await seedOrganisation(temp.db, 'hillside');
		const checked = await checkImport(temp.db, {
			organisationId: other.organisationId,
			content: fixtureText('sarah'),
			today
		});
		expect(checked.ok && checked.duplicates).toEqual([]);
	});
});

describe('the import form actions', () => {
	it('check: a file, or pasted text with \\r\\n line breaks; neither is a plain refusal', async () => {
		const file = await importCheckAnswer(starter, {
			request: importRequest({ file: new Blob([fixtureText('sarah')]), text: '' }),
			today
		});
		expect(file.status).toBe(200);
		const pasted = await importCheckAnswer(starter, {
			request: importRequest({ text: fixtureText('sarah').replace(/\n/g, '\r\n') }),
			today
		});
		expect(pasted).toMatchObject({
			status: 200,
			body: { preview: { child: { name: 'Sarah Okafor', dateOfBirth: '3 October 2012' } } }
		});
		const neither = await importCheckAnswer(starter, { request: importRequest({ text: '  ' }), today });
		expect(neither).toMatchObject({
			status: 400,
			body: { errors: { file: expect.stringContaining('Choose a plan file') } }
		});
		const both = await importCheckAnswer(starter, {
			request: importRequest({ file: new Blob([fixtureText('sarah')]), text: fixtureText('amara') }),
			today
		});
		expect(both).toMatchObject({ status: 400, body: { errors: { file: expect.stringContaining('not both') } } });
	});

	it('check refuses a request too large to be a plan before reading it', async () => {
		const request = new Request('http://localhost/plans/import', {
			method: 'POST',
			body: 'x',
			headers: { 'content-length': String(5 * 1024 * 1024), 'content-type': 'multipart/form-data; boundary=x' }
		});
		const answer = await importCheckAnswer(starter, { request, today });
		expect(answer.status).toBe(413);
	});

	it('confirm: reads the carried document again, and a tampered one is refused', async () => {
		const check = await importCheckAnswer(starter, { request: importRequest({ text: fixtureText('sarah') }), today });
		if (check.status !== 200) throw new Error('no preview');
		const tampered = JSON.parse(check.body.preview.json);
		tampered.outcomes[0].needIds = ['invented'];
		const before = await snapshot(temp.db);
		const refused = await importConfirmAnswer(starter, {
			request: importRequest({ document: JSON.stringify(tampered), childChoice: '' }),
			today
		});
		expect(refused.status).toBe(400);
		expect(await snapshot(temp.db)).toEqual(before);
		const saved = await importConfirmAnswer(starter, {
			request: importRequest({ document: check.body.preview.json, childChoice: '' }),
			today
		});
		expect(saved.status).toBe(303);
	});
});

// Keep the arbitrary's dates valid for the today used here.
expect(ARBITRARY_TODAY <= today).toBe(true);
