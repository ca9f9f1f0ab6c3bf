import type { Selectable } from 'kysely';
import type { PlanDocument } from '../../plan/document';
import { rowsToDocument } from './plan-document-rows';
import type { PlanBody, PlanHead } from './plan-load';
import type { ChildTable, PlanItemTable, PlanLinkTable, PlanVersionTable } from './schema';

type ItemRow = Selectable<PlanItemTable>;
type LinkRow = Selectable<PlanLinkTable>;

/**
 * A version's rows as a change inside a transaction leaves them. Each write to the database makes the
 * same change here, so that the thread can be checked after the change without reading the plan again.
 * The database's cascades (an item's steps and links go with it) are made here too.
 */
export class PlanDraft {
	private readonly items: Map<string, ItemRow>;
	private links: LinkRow[];
	private child: Selectable<ChildTable>;
	private version: Selectable<PlanVersionTable>;

	constructor(
		private readonly head: PlanHead,
		body: PlanBody
	) {
		this.items = new Map(body.items.map((row) => [row.id, row]));
		this.links = [...body.links];
		this.child = head.child;
		this.version = head.version;
	}

	/** An item added or changed. */
	putItem(row: ItemRow): void {
		this.items.set(row.id, row);
	}

	/** Changes some fields of an item. */
	updateItem(id: string, change: Partial<ItemRow>): void {
		const row = this.items.get(id);
		if (row) this.items.set(id, { ...row, ...change });
	}

	/** An item deleted, with its steps and every link from or to either. */
	removeItem(id: string): void {
		const gone = new Set([id]);
		for (const row of this.items.values()) if (row.parent_id === id) gone.add(row.id);
		for (const key of gone) this.items.delete(key);
		this.links = this.links.filter((link) => !gone.has(link.from_id) && !gone.has(link.to_id));
	}

	/** An item's links replaced. */
	setLinksFrom(fromId: string, rows: LinkRow[]): void {
		this.links = [...this.links.filter((link) => link.from_id !== fromId), ...rows];
	}

	setChild(change: Partial<Selectable<ChildTable>>): void {
		this.child = { ...this.child, ...change };
	}

	setVersion(change: Partial<Selectable<PlanVersionTable>>): void {
		this.version = { ...this.version, ...change };
	}

	/** The plan document the rows now make. */
	document(): PlanDocument {
		const items = [...this.items.values()].sort((a, b) =>
			a.position !== b.position ? a.position - b.position : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
		);
		const links = [...this.links].sort((a, b) => a.position - b.position);
		return rowsToDocument({ plan: this.head.planRow, child: this.child, version: this.version, items, links }).document;
	}
}
