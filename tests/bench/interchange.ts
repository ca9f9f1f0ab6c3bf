/**
 * Bench of the plan import's robustness: the long fuzz run. The import form's own functions are given
 * tens of thousands of random and broken plans (random JSON, one field mutated, truncated, deep
 * nesting, huge strings, bytes that are not UTF-8, files that are not JSON) against a real SQLite
 * file; a case fails if it throws, answers anything but a 4xx refusal with words, a preview or (on
 * confirm, for a valid plan) a saved plan, or changes the database when it refuses. Also: the time
 * of one export → import → export round trip of Sarah's plan.
 *
 * Imports use relative paths: tsx does not know the `$lib` alias.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childKeys, deleteChildRecords } from '../../src/lib/server/db/child-records';
import { openDatabase } from '../../src/lib/server/db/database';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { migrationProvider } from '../../src/lib/server/db/migrations';
import { exportPlan } from '../../src/lib/server/interchange/export';
import { confirmImport } from '../../src/lib/server/interchange/import';
import {
	importCheckAnswer,
	importConfirmAnswer,
	type ImportFormAnswer
} from '../../src/lib/server/interchange/import-form';
import { importFuzzCase, type FuzzCase } from '../unit/interchange/fuzz';
import {
	fixtureText,
	importRequest,
	seedOrganisation,
	snapshot,
	starterContext,
	today
} from '../unit/interchange/support';
import type { BenchRow, BenchSuite } from './row';

function request(sample: FuzzCase, confirm: boolean): Request {
	if (confirm) {
		const text = typeof sample.content === 'string' ? sample.content : new TextDecoder().decode(sample.content);
		return importRequest({ document: text, childChoice: 'new' });
	}
	return sample.via === 'file'
		? importRequest({ file: new Blob([sample.content as Uint8Array<ArrayBuffer>]), text: '' })
		: importRequest({ text: sample.content as string });
}

/** Whether an answer is one the import may give: a refusal in words, a preview, or a saved plan on confirm. */
function acceptable(answer: ImportFormAnswer, confirm: boolean): boolean {
	if (answer.status === 303) return confirm;
	if (answer.status === 200) return !confirm;
	if (answer.status !== 400 && answer.status !== 413) return false;
	const messages = [
		...('problems' in answer.body ? answer.body.problems.map((p) => p.message) : []),
		...Object.values(answer.body.errors)
	];
	return messages.length > 0 && messages.every((message) => typeof message === 'string' && message.length > 5);
}

const suite: BenchSuite = {
	title: 'Plan interchange',
	async run({ long }) {
		const folder = mkdtempSync(join(tmpdir(), 'golden-thread-bench-interchange-'));
		const handle = openDatabase(join(folder, 'bench.db'));
		try {
			const db = handle.db;
			await migrateToLatest(db, migrationProvider);
			const org = await seedOrganisation(db, 'riverside');
			const starter = await starterContext(db, org);

			// One round trip of Sarah's plan, export → import → export.
			const started = performance.now();
			const first = await confirmImport(starter, { json: fixtureText('sarah'), choice: { kind: 'new' }, today });
			if (!first.ok || !first.saved) throw new Error('Sarah’s plan did not import');
			const exported = (await exportPlan(db, first.planId))!;
			const again = await confirmImport(starter, { json: exported.text, choice: { kind: 'new' }, today });
			if (!again.ok || !again.saved) throw new Error('Sarah’s exported plan did not import');
			const roundTripMs = performance.now() - started;
			const same = (await exportPlan(db, again.planId))!.text === exported.text;

			const runs = long ? 50_000 : 2_000;
			let tried = 0;
			let failed = 0;
			const failures: string[] = [];
			const fuzzStarted = performance.now();
			// In batches: some cases are megabytes long, and 50,000 of them at once would not fit in memory.
			const batches = function* () {
				for (let batch = 0; batch * 500 < runs; batch++)
					yield* fc.sample(fc.tuple(importFuzzCase(), fc.boolean()), {
						numRuns: Math.min(500, runs - batch * 500),
						seed: 7 + batch
					});
			};
			for (const [sample, confirm] of batches()) {
				tried++;
				const before = await snapshot(db);
				let ok: boolean;
				try {
					const answer = confirm
						? await importConfirmAnswer(starter, { request: request(sample, true), today })
						: await importCheckAnswer(starter, { request: request(sample, false), today });
					ok = acceptable(answer, confirm);
					if (answer.status === 303) {
						// Removed again, so that the database stays the size it was.
						const plan = await db
							.selectFrom('plan')
							.select('child_id')
							.where('id', '=', answer.planId)
							.executeTakeFirstOrThrow();
						const keys = await childKeys(db, org.organisationId, plan.child_id);
						await db.transaction().execute((trx) => deleteChildRecords(trx, keys!));
					} else if (ok) {
						ok = JSON.stringify(await snapshot(db)) === JSON.stringify(before);
					}
				} catch (error) {
					ok = false;
					if (failures.length < 5)
						failures.push(`${sample.kind}: ${error instanceof Error ? error.message : String(error)}`);
				}
				if (!ok) failed++;
			}
			const perSecond = tried / ((performance.now() - fuzzStarted) / 1000);
			for (const failure of failures) console.error(`  import fuzz failure: ${failure}`);

			const rows: BenchRow[] = [
				{
					name: 'Import fuzz: cases tried',
					measured: tried.toLocaleString('en-GB'),
					target: long ? '50,000' : '2,000',
					met: tried >= runs
				},
				{
					name: 'Import fuzz: cases failed (exception, 5xx, wordless refusal, or database changed)',
					measured: failed.toLocaleString('en-GB'),
					target: '0',
					met: failed === 0
				},
				{
					name: 'Import fuzz: cases per second (with a checksum of every table before and after)',
					measured: perSecond.toFixed(0)
				},
				{
					name: 'Sarah’s plan: import → export → import → export',
					measured: `${roundTripMs.toFixed(0)} ms, ${same ? 'same document' : 'DIFFERENT'}`,
					target: 'same document',
					met: same
				}
			];
			return rows;
		} finally {
			await handle.close();
			rmSync(folder, { recursive: true, force: true });
		}
	}
};

export default suite;
