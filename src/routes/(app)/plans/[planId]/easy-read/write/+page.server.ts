import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { ukTimeOf } from '$lib/dates/format-timestamp';
import { easyReadItems, easyReadState } from '$lib/easy-read/easy-read-items';
import { choosePicture, pictures } from '$lib/easy-read/pictures';
import { easyReadWordsSchema } from '$lib/forms/easy-read';
import { formErrors, formValues, type FormErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { easyReadTextsByItem } from '$lib/server/easy-read/easy-read-texts';
import { saveEasyReadWords, type SavedMeanwhile } from '$lib/server/easy-read/save-easy-read-words';
import { easyReadPage } from '$lib/server/easy-read/easy-read-page';
import { invalid } from '$lib/server/form-failure';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/**
 * Writing the child's Easy Read plan: every item of the thread in order, its own words, and beside them
 * its Easy Read words and picture, one form each. For those who may edit the plan, agreed or not: the
 * Easy Read words sit beside the plan, not in its versions.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'edit');
	const stored = await easyReadTextsByItem(ctx, ctx.db);
	const items = easyReadItems(ctx.document).map((item) => {
		const saved = stored.get(item.id);
		return {
			...item,
			words: saved?.text ?? '',
			picture: saved?.picture ?? '',
			revision: saved?.revision ?? 0,
			state: easyReadState(item, saved),
			// The picture the page and PDF show when the writer chooses none, from the words the child reads.
			chosenFromWords: choosePicture(item.layer, saved?.text ?? item.text).label
		};
	});
	return {
		...easyReadPage(ctx),
		items,
		pictures: pictures.map((picture) => ({ value: picture.key, label: picture.label })),
		saved: event.url.searchParams.get('saved')
	};
};

/** Problems keyed by the item's own fields, so that the summary links to the right form on the page. */
function itemErrors(errors: FormErrors, itemId: string): FormErrors {
	const named: Record<string, string> = { text: `words-${itemId}`, picture: `picture-${itemId}` };
	return Object.fromEntries(Object.entries(errors).map(([field, message]) => [named[field] ?? 'form', message]));
}

export const actions = {
	save: async (event) => {
		const ctx = await openPlan(event, 'edit');
		const data = await event.request.formData();
		const values = formValues(data);
		const itemId = values.itemId ?? '';
		// Every refusal names its item, so that only that item's form shows what was typed and the problem.
		const refuse = (status: number, errors: FormErrors, saved: SavedMeanwhile | null = null) =>
			invalid(status, errors, values, { itemId, saved });
		const parsed = v.safeParse(easyReadWordsSchema, formInput(data, easyReadWordsSchema));
		if (!parsed.success) return refuse(400, itemErrors(formErrors(parsed.issues), itemId));
		const result = await saveEasyReadWords(ctx, parsed.output);
		if (result.ok)
			redirect(303, `/plans/${ctx.planRow.id}/easy-read/write?saved=${encodeURIComponent(itemId)}#item-${itemId}`);
		switch (result.reason) {
			case 'not-allowed':
				return refuse(403, { form: 'You can read this plan, but not write its Easy Read version.' });
			case 'closed':
				return refuse(409, { form: 'This plan has ended, so its Easy Read words can no longer be changed.' });
			case 'not-found':
				return refuse(409, {
					form: 'This item is no longer in the plan: it may have been deleted while you were writing.'
				});
			case 'stale': {
				const { saved } = result;
				const who = saved.writerName ? `${saved.writerName} saved` : 'Someone else saved';
				const when = saved.writtenAt ? ` at ${ukTimeOf(saved.writtenAt)}` : '';
				return refuse(
					409,
					{
						[`words-${itemId}`]: `${who} Easy Read words for this item${when} while you were writing. Theirs are shown under the box; yours are still in it: check them and save again.`
					},
					saved
				);
			}
		}
	}
} satisfies Actions;
