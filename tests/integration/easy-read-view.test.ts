import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { easyReadWordsSchema } from '$lib/forms/easy-read';
import { saveEasyReadWords } from '$lib/server/easy-read/save-easy-read-words';
import { readAccount } from '$lib/server/db/accounts';
import { insertNextVersion } from '$lib/server/db/next-version';
import type { CreatedPlan } from '$lib/server/db/plan-create';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { exportEasyReadPdf, readEasyReadView } from '$lib/server/easy-read/easy-read-view';
import { planContext } from '$lib/server/plans/plan-context';
import { readPdf } from './pdf/read-pdf';
import { seedAccount } from './support/accounts';
import { openPlanAs, TEST_IP } from './support/open-plan-as';
import { fixture, planAudit, storePlan, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

let sarah: CreatedPlan;
/** The ids Sarah's items were stored under, by their fixture's ids ("n1" → its id in the database). */
let ids: Record<string, string>;

beforeEach(async () => {
	sarah = await storePlan(given.temp.db, given.org.organisationId, fixture('sarah'));
	ids = Object.fromEntries([...sarah.ids].map(([key, id]) => [key.slice(key.indexOf(':') + 1), id]));
});

const byFixtureId = (storedIds: string[]) =>
	storedIds.map((id) => Object.keys(ids).find((key) => ids[key] === id) ?? id);

/** Easy Read words for an item, stored under its lineage as the writing page stores them. */
async function writeEasyRead(planId: string, itemId: string, text: string | null, picture: string | null = null) {
	await given.temp.db
		.insertInto('easy_read_text')
		.values({
			plan_id: planId,
			item_id: itemId,
			text,
			picture,
			source_text: 'The item’s text then',
			written_by: given.org.accountId,
			writer_name: 'Daniel Price',
			written_at: '2026-11-30T10:00:00Z',
			revision: 1
		})
		.execute();
}

/** Sarah's plan's second version, whose items have new ids and the first version's as their lineage. */
function startNextVersion() {
	return given.temp.db.transaction().execute((trx) =>
		insertNextVersion(trx, {
			planId: sarah.planId,
			number: 2,
			document: fixture('sarah'),
			lineage: ids,
			accountId: given.org.accountId,
			today,
			at: '2026-12-02T09:00:00.000Z'
		})
	);
}

describe('readEasyReadView', () => {
	it('shows the items whose own words are short enough, and lists the others, before any Easy Read words are written', async () => {
		const view = await readEasyReadView(await openPlanAs(given.temp.db, given.org.accountId, sarah.planId));
		expect(byFixtureId(view.plan.needsEasyRead.map((item) => item.itemId))).toEqual(['n1', 'n2', 'o1', 'o2', 'p2']);
		expect(view.check).toBeUndefined();
		expect(view.pdfProblem).toBeUndefined();
	});

	it('reads this plan’s Easy Read words, the writer’s pictures and who checked it with the child', async () => {
		const amara = await storePlan(given.temp.db, given.org.organisationId, fixture('amara'));
		await writeEasyRead(sarah.planId, ids.n1!, 'I find talking hard.');
		await writeEasyRead(sarah.planId, ids.o1!, 'I will make friends.', 'football');
		// A picture chosen with no words yet leaves the item needing them.
		await writeEasyRead(sarah.planId, ids.o2!, null, 'travel');
		// Another plan's words, under the id of one of Sarah's items, are not Sarah's.
		await writeEasyRead(amara.planId, ids.n2!, 'Words for Amara.');
		await given.temp.db
			.insertInto('easy_read_check')
			.values({
				plan_id: sarah.planId,
				checked_by: 'Priya Shah',
				checked_on: '2026-12-01',
				recorded_by: given.org.accountId,
				recorder_name: 'Daniel Price',
				recorded_at: '2026-12-01T15:00:00Z'
			})
			.execute();
		const view = await readEasyReadView(await openPlanAs(given.temp.db, given.org.accountId, sarah.planId));
		expect(byFixtureId(view.plan.needsEasyRead.map((item) => item.itemId))).toEqual(['n2', 'o2', 'p2']);
		const entries = view.plan.sections.flatMap((section) => section.entries);
		expect(entries.find((entry) => entry.itemId === ids.n1)?.lines.map((line) => line.text)).toEqual([
			'I find talking hard.'
		]);
		expect(entries.find((entry) => entry.itemId === ids.o1)?.lines[0]?.picture.key).toBe('football');
		expect(view.check).toEqual({ checkedBy: 'Priya Shah', checkedOn: '2026-12-01' });
	});

	it('keeps an item’s Easy Read words for the plan’s next version, where the item has a new id', async () => {
		await writeEasyRead(sarah.planId, ids.n1!, 'I find talking hard.');
		await startNextVersion();
		const ctx = await openPlanAs(given.temp.db, given.org.accountId, sarah.planId);
		const need = ctx.document.needs[0]!;
		expect(need.id).not.toBe(ids.n1);
		const { plan } = await readEasyReadView(ctx);
		const entry = plan.sections.flatMap((section) => section.entries).find((e) => e.itemId === need.id);
		expect(entry?.lines.map((line) => line.text)).toEqual(['I find talking hard.']);
	});

	it('saves Easy Read words written on the next version over the same item’s words, not beside them', async () => {
		await writeEasyRead(sarah.planId, ids.n1!, 'I find talking hard.');
		await startNextVersion();
		const ctx = await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'edit');
		const need = ctx.document.needs[0]!;
		const input = v.parse(easyReadWordsSchema, {
			itemId: need.id,
			revision: '1',
			text: 'Talking is hard for me.',
			picture: ''
		});
		expect(await saveEasyReadWords(ctx, input)).toEqual({ ok: true, revision: 2 });
		const rows = await given.temp.db.selectFrom('easy_read_text').select(['item_id', 'text']).execute();
		expect(rows).toEqual([{ item_id: ids.n1, text: 'Talking is hard for me.' }]);
		const { plan } = await readEasyReadView(await openPlanAs(given.temp.db, given.org.accountId, sarah.planId));
		const entry = plan.sections.flatMap((section) => section.entries).find((e) => e.itemId === need.id);
		expect(entry?.lines.map((line) => line.text)).toEqual(['Talking is hard for me.']);
	});
});

describe('exportEasyReadPdf', () => {
	it('gives the family the Easy Read plan as a PDF, and records the download naming the version', async () => {
		await seedAccount(given.temp.db, { id: 'grace', organisationId: null, role: null });
		await grantPlanAccess(given.temp.db, sarah.planId, 'grace', 'contributor', given.org.accountId);
		await writeEasyRead(sarah.planId, ids.n1!, 'I find talking hard.');
		const response = await exportEasyReadPdf(await openPlanAs(given.temp.db, 'grace', sarah.planId, 'export'));
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="Sarah-Okafor-my-plan-easy-read-\d{4}-\d{2}-\d{2}\.pdf"$/
		);
		const { pages } = await readPdf(new Uint8Array(await response.arrayBuffer()));
		const text = pages.map((page) => page.all).join(' ');
		expect(text).toContain('My plan Sarah');
		expect(text).toContain('I find talking hard.');
		expect(text).not.toContain(fixture('sarah').needs[1]!.text.slice(0, 30));
		expect(await planAudit(given.temp.db, sarah.planId)).toEqual([
			{ action: 'plan.exported.easy-read-pdf', account_id: 'grace', item: `version:${sarah.versionId}`, ip: TEST_IP }
		]);
	}, 60_000);

	it('is not for a family member without access to the plan, or for staff of another organisation', async () => {
		await seedAccount(given.temp.db, { id: 'outsider', organisationId: null, role: null });
		const elsewhere = await storePlan(given.temp.db, given.org.organisationId, fixture('amara'));
		await grantPlanAccess(given.temp.db, elsewhere.planId, 'outsider', 'viewer', given.org.accountId);
		const account = (await readAccount(given.temp.db, 'outsider'))!;
		for (const action of ['view', 'export'] as const)
			expect(await planContext(given.temp.db, account, sarah.planId, action, TEST_IP)).toBeUndefined();
	});
});
