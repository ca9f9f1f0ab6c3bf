import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import {
	communicationSchema,
	profileItemSchema,
	profileKinds,
	profileLists,
	type ProfileKind
} from '$lib/forms/profile';
import { database } from '$lib/server/db/app-database';
import { deleteItem, saveItem, type WriteResult } from '$lib/server/db/plan-items';
import { calledBy, planHeader, readProfileItems, saveCommunication } from '$lib/server/db/plan-details';
import { openPlan } from '$lib/server/plan-context';
import {
	accepted,
	formId,
	formRevision,
	moveInGroup,
	pageState,
	planSummary,
	refuse,
	Refused,
	saveAction,
	tryChange,
	type Refusal
} from '$lib/server/plan-item-actions';
import type { Actions, PageServerLoad } from './$types';

const listOf = (kind: ProfileKind) => profileLists.find((list) => list.kind === kind)!;

/** About me: the one-page profile's three lists and how the child communicates. The family may change it too. */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const summary = planSummary(plan);
	const items = await readProfileItems(database(), plan.loaded.rows.version.id);
	const state = pageState(event.url);
	const requested = event.url.searchParams.get('list');
	const editing = state.editId && summary.canContribute ? items.find((item) => item.id === state.editId) : undefined;
	const deleting =
		state.deleteId && summary.canContribute ? items.find((item) => item.id === state.deleteId) : undefined;
	const saved = state.saved ? items.find((item) => item.id === state.saved) : undefined;
	return {
		...summary,
		header: planHeader(plan.loaded),
		calledBy: calledBy(plan.loaded),
		lists: profileLists.map((list) => ({ ...list, items: items.filter((item) => item.kind === list.kind) })),
		communication: plan.loaded.document.child.communication ?? '',
		revision: plan.loaded.rows.version.revision,
		state,
		savedList: saved ? listOf(saved.kind).heading : null,
		communicationSaved: event.url.searchParams.has('communication-saved'),
		addTo: (profileKinds as readonly string[]).includes(requested ?? '') ? (requested as ProfileKind) : null,
		editing: editing ?? null,
		deleting: deleting ?? null
	};
};

export const actions = {
	save: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		const parsed = v.safeParse(profileItemSchema, formInput(data, profileItemSchema));
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values });
		const input = parsed.output;
		return saveAction(event, {
			kind: input.list,
			noun: 'part of the profile',
			linkNoun: 'items',
			linkField: 'text',
			action: 'contribute',
			id,
			failure: { values },
			write: async (trx, plan) => {
				const write = {
					versionId: plan.loaded.rows.version.id,
					kind: input.list,
					data: { text: input.text },
					accountId: plan.account.id
				};
				return accepted(await saveItem(trx, id ? { ...write, id, expectedRevision: revision ?? -1 } : write));
			},
			theirs: () => [{ label: listOf(input.list).heading, value: undefined }]
		}).then(async (result) => {
			// What the other person saved, read afresh (the shared helper reads the plan document, which has no profile ids).
			if (result && 'data' in result && result.data.theirs && id) {
				const plan = await openPlan(event, 'view');
				const theirs = (await readProfileItems(database(), plan.loaded.rows.version.id)).find((item) => item.id === id);
				result.data.theirs = [{ label: listOf(input.list).heading, value: theirs?.text }];
			}
			return result;
		});
	},

	communication: async (event) => {
		const data = await event.request.formData();
		const values = formValues(data);
		const parsed = v.safeParse(communicationSchema, formInput(data, communicationSchema));
		if (!parsed.success) return refuse(400, { errors: formErrors(parsed.issues), values });
		const input = parsed.output;
		const changed = await tryChange(event, 'contribute', 'child:communication', (trx, plan) =>
			saveCommunication(trx, {
				childId: plan.loaded.rows.child.id,
				versionId: plan.loaded.rows.version.id,
				expectedRevision: input.revision,
				communication: input.communication
			})
		);
		if (!changed.ok) return refuse(409, { errors: { form: changed.message }, values });
		const result = changed.value;
		if (!result.ok && result.reason === 'stale') {
			const plan = await openPlan(event, 'view');
			return refuse(409, {
				errors: {
					communication:
						'Someone else changed the plan while you were editing. What is saved now is shown below; your words are still in the box: check them and save again.'
				},
				values: { ...values, revision: String(result.currentRevision) },
				theirs: [{ label: 'How they communicate', value: plan.loaded.document.child.communication }]
			});
		}
		if (!result.ok) return refuse(404, { errors: { form: 'This plan could not be found.' }, values });
		redirect(303, `${event.url.pathname}?communication-saved#communication`);
	},

	move: async (event) => {
		const data = await event.request.formData();
		const id = formId(data.get('id'));
		const direction = data.get('direction') === 'up' ? 'up' : data.get('direction') === 'down' ? 'down' : undefined;
		if (!id || !direction)
			return refuse(400, { errors: { form: 'That item could not be moved. Try again.' }, values: {} });
		const changed = await tryChange(event, 'contribute', `profile:${id}`, async (trx, plan) => {
			const versionId = plan.loaded.rows.version.id;
			const item = await trx
				.selectFrom('plan_item')
				.select('kind')
				.where('id', '=', id)
				.where('version_id', '=', versionId)
				.executeTakeFirst();
			return item && (profileKinds as readonly string[]).includes(item.kind)
				? moveInGroup(trx, versionId, item.kind, id, direction)
				: false;
		});
		if (!changed.ok) return refuse(409, { errors: { form: changed.message }, values: {} });
		redirect(303, `${event.url.pathname}?moved=${id}#item-${id}`);
	},

	delete: async (event) => {
		const data = await event.request.formData();
		const id = formId(data.get('id'));
		const revision = formRevision(data.get('revision'));
		if (!id || revision === undefined)
			return refuse(400, {
				errors: { form: 'That item could not be found. It may have been deleted already.' },
				values: {}
			});
		let result: WriteResult | Refusal;
		try {
			const changed = await tryChange(event, 'contribute', `profile:${id}`, async (trx, plan) => {
				const versionId = plan.loaded.rows.version.id;
				const item = await trx
					.selectFrom('plan_item')
					.select('kind')
					.where('id', '=', id)
					.where('version_id', '=', versionId)
					.executeTakeFirst();
				if (!item || !(profileKinds as readonly string[]).includes(item.kind))
					throw new Refused({ ok: false, reason: 'not-found' });
				const deleted = await deleteItem(trx, versionId, id, revision);
				if (!deleted.ok) throw new Refused(deleted);
				return deleted;
			});
			if (!changed.ok) return refuse(409, { errors: { form: changed.message }, values: {} });
			result = changed.value;
		} catch (caught) {
			if (!(caught instanceof Refused)) throw caught;
			result = caught.result;
		}
		if (!result.ok && result.reason === 'stale') {
			return refuse(409, {
				errors: {
					form: 'Someone else changed this since you asked to delete it. Check it below, then delete it again if you still want to.'
				},
				values: {},
				deleteId: id
			});
		}
		if (!result.ok) return refuse(409, { errors: { form: 'This had already been deleted.' }, values: {} });
		redirect(303, `${event.url.pathname}?deleted=profile`);
	}
} satisfies Actions;
