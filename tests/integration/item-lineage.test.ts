import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { itemTranslationSchema } from '$lib/forms/family-language';
import { itemTranslations } from '$lib/server/db/family-language';
import { insertNextVersion } from '$lib/server/db/next-version';
import { saveItemTranslation } from '$lib/server/family-language/save-item-translation';
import { byCurrentItem } from '$lib/server/plans/item-lineage';
import { openPlanAs } from './support/open-plan-as';
import { fixture, storePlan, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

const translation = (itemId: string, text: string, revision: number) =>
	v.parse(itemTranslationSchema(today), {
		itemId,
		languageCode: 'ar',
		text,
		translatedByName: 'Amina Hassan',
		translatedOn: { day: '10', month: '11', year: '2026' },
		revision: String(revision)
	});

describe('what is kept beside an item follows it into the plan’s next version', () => {
	it('an interpreter’s translation: shown on the new version’s item, and saved over, not beside', async () => {
		const { db } = given.temp;
		const created = await storePlan(db, given.org.organisationId, fixture('sarah'), given.org.accountId);
		const lineage = Object.fromEntries([...created.ids].map(([key, id]) => [key.slice(key.indexOf(':') + 1), id]));
		const first = await openPlanAs(db, given.org.accountId, created.planId, 'edit');
		const hope = first.document.aspirations[0]!;
		expect(await saveItemTranslation(first, translation(hope.id, 'أريد أن يكون لي أصدقاء.', 0))).toEqual({ ok: true });

		await db.transaction().execute((trx) =>
			insertNextVersion(trx, {
				planId: created.planId,
				number: 2,
				document: fixture('sarah'),
				lineage,
				accountId: given.org.accountId,
				today,
				at: '2026-11-23T09:00:00.000Z'
			})
		);
		const second = await openPlanAs(db, given.org.accountId, created.planId, 'edit');
		const sameHope = second.document.aspirations[0]!;
		expect(sameHope.id).not.toBe(hope.id);
		const shown = byCurrentItem(second, await itemTranslations(db, created.planId, 'ar'));
		expect(shown.get(sameHope.id)?.text).toBe('أريد أن يكون لي أصدقاء.');

		expect(await saveItemTranslation(second, translation(sameHope.id, 'أريد أصدقاء.', 1))).toEqual({ ok: true });
		const rows = await itemTranslations(db, created.planId, 'ar');
		expect(rows.map((row) => [row.item_id, row.text])).toEqual([[hope.id, 'أريد أصدقاء.']]);
	});
});
