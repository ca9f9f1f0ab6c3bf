import type SQLite from 'better-sqlite3';
import type { AuditAction } from '../../../src/lib/audit-action-labels';
import type { PlanItemKind } from '../../../src/lib/server/db/schema';

/**
 * A write the server confirmed to its client (a 303 after the form was saved): once confirmed, it must be
 * in the database, with its audit row, whatever happens to the server afterwards.
 */
export type ConfirmedWrite =
	| { kind: 'plan-started'; planId: string }
	/** `revision` is the item's revision once saved (1 for an item added); a later save may have raised it. */
	| { kind: 'item-saved'; planId: string; itemKind: PlanItemKind; itemId: string; revision: number };

export interface WriteCheck {
	/** Confirmed writes not in the database (an item's revision lower than confirmed counts as lost). */
	lost: ConfirmedWrite[];
	/** Confirmed writes with no audit row of their own. */
	unaudited: number;
}

/** The audit row each confirmed write must have: a plan started is 'plan.created', an item saved 'plan.changed'. */
function auditRowOf(write: ConfirmedWrite): { action: AuditAction; planId: string; item: string | null } {
	return write.kind === 'plan-started'
		? { action: 'plan.created', planId: write.planId, item: null }
		: { action: 'plan.changed', planId: write.planId, item: `${write.itemKind}:${write.itemId}` };
}

/** Checks every confirmed write against the database file, each with its audit row (one per save). */
export function checkConfirmedWrites(sqlite: SQLite.Database, writes: readonly ConfirmedWrite[]): WriteCheck {
	const plan = sqlite.prepare<[string], { id: string }>('SELECT id FROM plan WHERE id = ?');
	const item = sqlite.prepare<[string], { revision: number }>('SELECT revision FROM plan_item WHERE id = ?');
	const audited = sqlite.prepare<[string, string, string | null], { n: number }>(
		'SELECT count(*) AS n FROM audit_event WHERE plan_id = ? AND action = ? AND item IS ?'
	);
	const lost: ConfirmedWrite[] = [];
	const expected = new Map<string, { row: ReturnType<typeof auditRowOf>; count: number }>();
	for (const write of writes) {
		const present =
			write.kind === 'plan-started'
				? plan.get(write.planId) !== undefined
				: (item.get(write.itemId)?.revision ?? 0) >= write.revision;
		if (!present) lost.push(write);
		const row = auditRowOf(write);
		const key = JSON.stringify(row);
		const entry = expected.get(key) ?? { row, count: 0 };
		entry.count++;
		expected.set(key, entry);
	}
	let unaudited = 0;
	for (const { row, count } of expected.values()) {
		const found = audited.get(row.planId, row.action, row.item)?.n ?? 0;
		unaudited += Math.max(0, count - found);
	}
	return { lost, unaudited };
}

/** The audit log's length: its rows are never deleted, so its last id. Rows after it are a run's own. */
export function auditLogLength(sqlite: SQLite.Database): number {
	return sqlite.prepare<[], { n: number | null }>('SELECT max(id) AS n FROM audit_event').get()?.n ?? 0;
}

/** How many rows of each action the audit log gained after row `since`. */
export function auditRowsSince(sqlite: SQLite.Database, since: number): Map<string, number> {
	const rows = sqlite
		.prepare<[number], { action: string; n: number }>(
			'SELECT action, count(*) AS n FROM audit_event WHERE id > ? GROUP BY action'
		)
		.all(since);
	return new Map(rows.map((row) => [row.action, row.n]));
}
