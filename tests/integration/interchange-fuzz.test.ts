import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childKeys, deleteChildRecords } from '$lib/server/db/child-records';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { importCheckAnswer, importConfirmAnswer, type ImportFormAnswer } from '$lib/server/interchange/import-form';
import type { StarterContext } from '$lib/server/plans/account-context';
import { importFuzzCase, type FuzzCase } from '../unit/interchange/fuzz';
import { fixture, importRequest, seedOrganisation, snapshot, today } from '../unit/interchange/support';
import { starterContext } from './support/seed-plans';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

/**
 * Bad input never hurts: 2,000+ submissions of random and broken plans to the import form's own
 * functions, against a real SQLite file. Every answer is a 4xx refusal with plain messages (or, for
 * input that happens to be a valid plan, a preview, and on confirm a saved plan); never an exception;
 * and after every refusal every table's row count and checksum are as they were.
 */
let temp: TempDatabase;
let org: { organisationId: string; accountId: string };
let starter: StarterContext;

beforeAll(async () => {
	temp = await createTempDatabase();
	org = await seedOrganisation(temp.db, 'riverside');
	starter = await starterContext(temp.db, org);
	await temp.db.transaction().execute((trx) => insertPlanDocument(trx, { ...org, document: fixture('sarah'), today }));
});
afterAll(() => temp.dispose());

function request(sample: FuzzCase, field: 'file' | 'text' | 'document'): Request {
	if (field === 'document') {
		const text = typeof sample.content === 'string' ? sample.content : new TextDecoder().decode(sample.content);
		return importRequest({ document: text, childChoice: 'new' });
	}
	return sample.via === 'file'
		? importRequest({ file: new Blob([sample.content as Uint8Array<ArrayBuffer>]), text: '' })
		: importRequest({ text: sample.content as string });
}

/** A refusal says, in words, what is wrong. */
function expectPlainRefusal(answer: ImportFormAnswer) {
	expect([400, 413]).toContain(answer.status);
	if (answer.status !== 400 && answer.status !== 413) return;
	const messages = 'problems' in answer.body ? answer.body.problems.map((p) => `${p.location}: ${p.message}`) : [];
	const errors = Object.values(answer.body.errors);
	expect(messages.length + errors.length).toBeGreaterThan(0);
	for (const message of [...messages, ...errors]) expect(message).toMatch(/^[^\n]{5,}$/s);
}

describe('fuzzing the import', () => {
	it('answers 2,000 bad (and a few good) submissions with 4xx refusals or previews, never an error, and changes nothing when it refuses', async () => {
		const kinds: Record<string, number> = {};
		let saved = 0;
		await fc.assert(
			fc.asyncProperty(importFuzzCase(), fc.boolean(), async (sample, confirm) => {
				kinds[sample.kind] = (kinds[sample.kind] ?? 0) + 1;
				const before = await snapshot(temp.db);
				const answer = confirm
					? await importConfirmAnswer(starter, { request: request(sample, 'document'), today })
					: await importCheckAnswer(starter, { request: request(sample, sample.via), today });
				if (answer.status === 303) {
					// Only a confirmed, valid plan is saved: one more plan, with its audit row.
					expect(confirm).toBe(true);
					saved++;
					// Removed again (the audit row stays), so the database stays small and each snapshot quick.
					const plan = await temp.db
						.selectFrom('plan')
						.select('child_id')
						.where('id', '=', answer.planId)
						.executeTakeFirstOrThrow();
					const keys = await childKeys(temp.db, org.organisationId, plan.child_id);
					await temp.db.transaction().execute((trx) => deleteChildRecords(trx, keys!));
					return;
				}
				if (answer.status !== 200) expectPlainRefusal(answer);
				else expect(confirm).toBe(false);
				expect(await snapshot(temp.db)).toEqual(before);
			}),
			{ numRuns: 2_000 }
		);
		// Every kind of bad input was tried.
		expect(Object.keys(kinds).sort()).toEqual([
			'deep nesting',
			'huge strings',
			'invalid UTF-8',
			'not JSON',
			'one field mutated',
			'random JSON',
			'truncated'
		]);
		const imported = await temp.db
			.selectFrom('audit_event')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('action', '=', 'plan.imported')
			.executeTakeFirstOrThrow();
		expect(Number(imported.n)).toBe(saved);
	}, 300_000);
});
