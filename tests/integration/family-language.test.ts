import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { familyLanguageSchema, itemTranslationSchema } from '$lib/forms/family-language';
import { formErrors } from '$lib/forms/form-errors';
import { childLanguage, itemTranslations } from '$lib/server/db/family-language';
import { saveItemTranslation } from '$lib/server/family-language/save-item-translation';
import { setFamilyLanguage } from '$lib/server/family-language/set-family-language';
import { openPlanAs } from './support/open-plan-as';
import { agreeCurrent, contextOf, coordinatorAndGrace, grantAccess, newPlan, today } from './support/reviews';
import type { TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let planId: string;
/** Sarah's first hope, "I want to have friends." */
let itemId: string;

beforeEach(async () => {
	temp = await coordinatorAndGrace();
	({ planId } = await newPlan(temp));
	await grantAccess(temp, planId, 'grace', 'contributor');
	itemId = (await contextOf(temp, planId)).document.aspirations[0]!.id;
});
afterEach(() => temp.dispose());

const auditActions = async () =>
	(
		await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item'])
			.where('plan_id', '=', planId)
			.orderBy('id')
			.execute()
	)
		.filter((row) => row.action !== 'plan.viewed')
		.map((row) => `${row.action} ${row.item}`);

const language = (input: Record<string, string>) => v.parse(familyLanguageSchema, { shown: '|0', ...input });

const translation = (input: Record<string, unknown> = {}) =>
	v.parse(itemTranslationSchema(today), {
		itemId,
		languageCode: 'ar',
		text: 'أريد أن يكون لي أصدقاء.',
		translatedByName: 'Amina Hassan',
		translatedOn: { day: '10', month: '11', year: '2026' },
		revision: '0',
		...input
	});

describe('the family’s language on the child', () => {
	it('is recorded with whether they need an interpreter, and audited', async () => {
		const result = await setFamilyLanguage(
			await contextOf(temp, planId),
			language({ language: 'ar', needsInterpreter: 'yes' })
		);
		expect(result).toEqual({ ok: true });
		const ctx = await contextOf(temp, planId);
		expect(await childLanguage(temp.db, ctx.child.id)).toEqual({ family_language: 'ar', needs_interpreter: 1 });
		expect(await auditActions()).toContain(`child.language-changed child:${ctx.child.id}`);
	});

	it('may change once the plan is agreed: it is the child’s, not the plan’s', async () => {
		await agreeCurrent(temp, planId);
		const result = await setFamilyLanguage(
			await contextOf(temp, planId),
			language({ language: 'pl', needsInterpreter: 'no' })
		);
		expect(result).toEqual({ ok: true });
	});

	it('is refused as stale, writing nothing, when someone changed it since the form was drawn', async () => {
		await setFamilyLanguage(await contextOf(temp, planId), language({ language: 'ar', needsInterpreter: 'yes' }));
		const stale = await setFamilyLanguage(
			await contextOf(temp, planId),
			language({ language: 'pl', needsInterpreter: 'no' })
		);
		expect(stale).toEqual({
			ok: false,
			reason: 'stale',
			current: { language: 'ar', needsInterpreter: 'yes', shown: 'ar|1' }
		});
		const ctx = await contextOf(temp, planId);
		expect(ctx.child.family_language).toBe('ar');
	});

	it('is refused to the family, who may read the plan but not change it', async () => {
		const grace = await openPlanAs(temp.db, 'grace', planId, 'view');
		expect(await setFamilyLanguage(grace, language({ language: 'pl', needsInterpreter: 'no' }))).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
	});

	it('takes only a language with a translation file, with a plain message otherwise', () => {
		const parsed = v.safeParse(familyLanguageSchema, { language: 'xx', needsInterpreter: '', shown: '' });
		expect(parsed.success).toBe(false);
		if (!parsed.success)
			expect(formErrors(parsed.issues)).toEqual({
				language: 'Select the family’s language from the list, or “Not recorded”',
				needsInterpreter: 'Select whether the family needs an interpreter'
			});
	});
});

describe('an interpreter’s translation of an item', () => {
	it('is saved beside the English with who translated it and when, and audited', async () => {
		expect(await saveItemTranslation(await contextOf(temp, planId), translation())).toEqual({ ok: true });
		const [row] = await itemTranslations(temp.db, planId, 'ar');
		expect(row).toMatchObject({
			item_id: itemId,
			text: 'أريد أن يكون لي أصدقاء.',
			translated_by_name: 'Amina Hassan',
			translated_on: '2026-11-10',
			recorded_by: 'acc1',
			revision: 1
		});
		expect(await auditActions()).toContain(`item.translation-saved translation:${itemId}:ar`);
		// The plan's own words are untouched.
		expect((await contextOf(temp, planId)).document.aspirations[0]?.text).toBe('I want to have friends.');
	});

	it('is changed from the revision the page showed, and refused as stale from an older one', async () => {
		await saveItemTranslation(await contextOf(temp, planId), translation());
		expect(
			await saveItemTranslation(await contextOf(temp, planId), translation({ text: 'نص جديد', revision: '1' }))
		).toEqual({
			ok: true
		});
		expect(
			await saveItemTranslation(await contextOf(temp, planId), translation({ text: 'قديم', revision: '1' }))
		).toEqual({
			ok: false,
			reason: 'stale',
			currentRevision: 2
		});
		const [row] = await itemTranslations(temp.db, planId, 'ar');
		expect([row?.text, row?.revision]).toEqual(['نص جديد', 2]);
	});

	it('is refused for an item the plan does not have, and to the family', async () => {
		expect(await saveItemTranslation(await contextOf(temp, planId), translation({ itemId: 'nope' }))).toEqual({
			ok: false,
			reason: 'no-item'
		});
		const grace = await openPlanAs(temp.db, 'grace', planId, 'view');
		expect(await saveItemTranslation(grace, translation())).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await itemTranslations(temp.db, planId, 'ar')).toEqual([]);
	});

	it('refuses control characters, over-long text and a future date with plain messages', () => {
		const parsed = v.safeParse(itemTranslationSchema(today), {
			itemId: 'a1',
			languageCode: 'ar',
			text: 'a\u0007b',
			translatedByName: 'x'.repeat(201),
			translatedOn: { day: '1', month: '1', year: '2099' },
			revision: '0'
		});
		expect(parsed.success).toBe(false);
		if (!parsed.success)
			expect(formErrors(parsed.issues)).toEqual({
				text: 'The translation holds characters that cannot be shown: remove them',
				translatedByName: 'The interpreter’s name must be 200 characters or fewer',
				'translatedOn-day': 'Date translated must be today or in the past'
			});
	});
});
