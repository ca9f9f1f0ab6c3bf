import type SQLite from 'better-sqlite3';
import type { Database } from '../../../src/lib/server/db/schema';
import type { SaidItem } from '../../../src/lib/plan/said-label';
import { changeNeedsSuggestion } from '../../../src/lib/plan/words-rights';
import type { ConfirmedWrite } from './confirmed-writes';

/** An aspiration of a draft plan: the revision the next save of it is based on, and whose words it is. */
interface EditableAspiration {
	id: string;
	revision: number;
	said: SaidItem;
	/** A save of it has been sent and not answered: another now would be refused as stale. */
	busy: boolean;
}

/** A write sent as a browser without scripts sends a form: answered 303 once it is saved. */
export interface WriteRequest {
	path: string;
	/** The form, `application/x-www-form-urlencoded`. */
	body: string;
	/** Takes the answer: the write it confirms (a 303), or undefined when refused or lost in transit. */
	answered(status: number, location: string | undefined): ConfirmedWrite | undefined;
}

type Row<Table extends keyof Database, Columns extends keyof Database[Table]> = Pick<Database[Table], Columns>;

/**
 * The writes a member of staff makes to the plans over HTTP: saving an aspiration (changing one, or adding
 * one) on a draft plan they may edit, and starting a plan. Knows each aspiration's revision, so that a
 * save is based on the latest; re-read from the file with `refresh` after a crash.
 */
export class PlanWrites {
	/** Draft plans each account may edit: all of them for coordinators and admins, their shared ones otherwise. */
	private readonly editable = new Map<string, string[]>();
	/** Those who may start plans: coordinators and admins. */
	private readonly starters = new Set<string>();
	private readonly aspirations = new Map<string, EditableAspiration[]>();
	private started = 0;

	constructor(
		sqlite: SQLite.Database,
		private readonly random: () => number = Math.random
	) {
		const drafts = sqlite
			.prepare<[], { planId: string }>(
				`SELECT plan.id AS planId FROM plan JOIN plan_version ON plan_version.id = plan.current_version_id
				 WHERE plan_version.status = 'draft' AND plan.archived_at IS NULL`
			)
			.all()
			.map((row) => row.planId);
		for (const planId of drafts) this.aspirations.set(planId, []);
		const accounts = sqlite
			.prepare<[], Row<'account', 'id' | 'role'>>('SELECT id, role FROM account WHERE disabled_at IS NULL')
			.all();
		for (const account of accounts) {
			if (account.role !== 'coordinator' && account.role !== 'admin') continue;
			this.starters.add(account.id);
			// One list for them all, so that a plan one of them starts is everyone's to edit.
			this.editable.set(account.id, drafts);
		}
		const grants = sqlite
			.prepare<[], Row<'plan_access', 'plan_id' | 'account_id'>>(
				"SELECT plan_id, account_id FROM plan_access WHERE level = 'editor'"
			)
			.all();
		for (const grant of grants) {
			if (!this.aspirations.has(grant.plan_id) || this.starters.has(grant.account_id)) continue;
			const plans = this.editable.get(grant.account_id) ?? [];
			plans.push(grant.plan_id);
			this.editable.set(grant.account_id, plans);
		}
		this.refresh(sqlite);
	}

	/** Reads every aspiration's revision afresh (a save cut off by a crash may or may not have landed). */
	refresh(sqlite: SQLite.Database): void {
		const rows = sqlite
			.prepare<[], Row<'plan_item', 'id' | 'revision' | 'data'> & { planId: string }>(
				`SELECT plan.id AS planId, plan_item.id, plan_item.revision, plan_item.data FROM plan
				 JOIN plan_item ON plan_item.version_id = plan.current_version_id AND plan_item.kind = 'aspiration'`
			)
			.all();
		for (const list of this.aspirations.values()) list.length = 0;
		for (const row of rows) {
			const { voice, saidBy } = JSON.parse(row.data) as SaidItem;
			const said = { voice, ...(saidBy ? { saidBy } : {}) };
			this.aspirations.get(row.planId)?.push({ id: row.id, revision: row.revision, said, busy: false });
		}
	}

	/** Whether the account may start plans (coordinators and admins). */
	mayStart(accountId: string): boolean {
		return this.starters.has(accountId);
	}

	/**
	 * A save of an aspiration on a draft plan the account may edit: a change to one not being saved just
	 * now (2 in 3), or a new one; undefined when the account may edit no draft.
	 */
	aspirationSave(accountId: string, text: string): WriteRequest | undefined {
		const plans = this.editable.get(accountId);
		if (!plans?.length) return undefined;
		const planId = plans[Math.floor(this.random() * plans.length)]!;
		const list = this.aspirations.get(planId)!;
		// The child's words, and words another person said, change only by suggestion (which saves nothing):
		// the writes change words this person may change at once.
		const free = list.filter((a) => !a.busy && !changeNeedsSuggestion(a.said, accountId));
		const target = this.random() < 2 / 3 ? free[Math.floor(this.random() * free.length)] : undefined;
		const form = new URLSearchParams({ text, voice: target?.said.voice ?? 'professional' });
		if (target) {
			form.set('id', target.id);
			form.set('revision', String(target.revision));
			target.busy = true;
		}
		return {
			path: `/plans/${planId}/aspirations?/save`,
			body: form.toString(),
			answered: (status, location) => {
				const saved = status === 303 ? location?.match(/[?&]saved=([a-z0-9]+)/)?.[1] : undefined;
				// With no answer the save may or may not have landed: the item is left alone until `refresh`.
				if (target) target.busy = status === 0;
				if (!saved) return undefined;
				const revision = target ? target.revision + 1 : 1;
				if (target) target.revision = revision;
				// A professional's new words are recorded as said by the person who wrote them.
				else
					list.push({
						id: saved,
						revision,
						said: { voice: 'professional', saidBy: { name: '', accountId } },
						busy: false
					});
				return { kind: 'item-saved', planId, itemKind: 'aspiration', itemId: saved, revision };
			}
		};
	}

	/** "Start a plan" for a new child, as a coordinator fills it in; its plan joins the drafts. */
	planStart(accountId: string, today: string): WriteRequest {
		const n = ++this.started;
		const form = new URLSearchParams({
			firstName: ['Ada', 'Bilal', 'Cerys', 'Dev', 'Esme', 'Femi'][n % 6]!,
			lastName: `Newcomer-${n}`,
			knownAs: '',
			dateOfBirth: `201${n % 10}-0${1 + (n % 9)}-1${n % 10}`,
			pronouns: '',
			setting: 'Westbrook Primary School',
			communication: '',
			kind: 'ehc-plan',
			title: '',
			startDate: today,
			reviewDate: ''
		});
		return {
			path: '/plans/new',
			body: form.toString(),
			answered: (status, location) => {
				const planId = status === 303 ? location?.match(/^\/plans\/([a-z0-9]+)$/)?.[1] : undefined;
				if (!planId) return undefined;
				this.aspirations.set(planId, []);
				// The starters' shared list: the new plan is theirs to edit.
				this.editable.get(accountId)?.push(planId);
				return { kind: 'plan-started', planId };
			}
		};
	}
}
