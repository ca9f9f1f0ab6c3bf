import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { familyLanguageCodes, familyLanguageOptions, languageFile } from '$lib/family-language';
import { itemTranslationSchema } from '$lib/forms/family-language';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { today } from '$lib/server/clock/clock';
import { itemTranslations } from '$lib/server/db/family-language';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { saveItemTranslation } from '$lib/server/family-language/save-item-translation';
import { invalid } from '$lib/server/form-failure';
import { byCurrentItem } from '$lib/server/plans/item-lineage';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const asked = event.url.searchParams.get('language');
	// The language asked for, else the family's, else the first with a file.
	const code =
		[asked, ctx.child.family_language].find((each): each is string => !!each && familyLanguageCodes.includes(each)) ??
		(familyLanguageCodes[0] as string);
	const byItem = byCurrentItem(ctx, await itemTranslations(ctx.db, ctx.planRow.id, code));
	const { document } = ctx;
	const item = (kind: string, index: number, each: { id: string; text: string }) => {
		const row = byItem.get(each.id);
		return {
			id: each.id,
			label: `${kind} ${index + 1}`,
			english: each.text,
			translation: row
				? { text: row.text, by: row.translated_by_name, on: row.translated_on, revision: row.revision }
				: null
		};
	};
	const groups = [
		{ heading: 'Hopes for the future', items: document.aspirations.map((each, i) => item('Hope', i, each)) },
		{ heading: 'Needs', items: document.needs.map((each, i) => item('Need', i, each)) },
		{ heading: 'Outcomes', items: document.outcomes.map((each, i) => item('Outcome', i, each)) },
		{ heading: 'Provision', items: document.provision.map((each, i) => item('Provision', i, each)) }
	];
	const canWrite = ctx.actions.has('edit');
	const editing = event.url.searchParams.get('item');
	return {
		planId: ctx.planRow.id,
		header: planHeader(ctx),
		calledBy: calledBy(ctx),
		language: { code, direction: languageFile(code)?.direction ?? 'ltr' },
		languageOptions: familyLanguageOptions(),
		groups,
		canWrite,
		editing: canWrite && groups.some((group) => group.items.some((each) => each.id === editing)) ? editing : null,
		saved: event.url.searchParams.get('saved'),
		today: today()
	};
};

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const schema = itemTranslationSchema(today());
		const parsed = v.safeParse(schema, formInput(data, schema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values, { stale: false });
		const ctx = await openPlan(event, 'edit');
		const result = await saveItemTranslation(ctx, parsed.output);
		const { itemId, languageCode } = parsed.output;
		if (result.ok) redirect(303, `${event.url.pathname}?language=${languageCode}&saved=${itemId}#${itemId}`);
		switch (result.reason) {
			case 'stale':
				return invalid(
					409,
					{
						form: 'Someone else saved a translation of this item while you were typing. Theirs is shown above; yours is still in the form: check it and save again.'
					},
					{ ...values, revision: String(result.currentRevision) },
					{ stale: true }
				);
			case 'no-item':
				return invalid(404, { form: 'This item is no longer in the plan.' }, values, { stale: false });
			case 'not-allowed':
				return invalid(403, { form: 'Only staff who may change the plan can save translations.' }, values, {
					stale: false
				});
		}
	}
} satisfies Actions;
