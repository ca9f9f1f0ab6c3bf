import type { Selectable } from 'kysely';
import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import type { PlanDocument } from '../../plan/document';
import { diffPlans, type ItemDiff } from '../../plan/diff';
import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { loadPlan } from './plan-load';
import type { PlanVersionTable } from './schema';
import type { Executor } from './executor';

/** What an agreed version's `snapshot` holds (written by the agree step). */
export interface VersionSnapshot {
	document: PlanDocument;
	findings: Finding[];
}

/** Reads a version's snapshot column; undefined when there is none or it is not the expected shape. */
export function parseSnapshot(text: string | null): VersionSnapshot | undefined {
	if (!text) return undefined;
	try {
		const parsed = JSON.parse(text) as Partial<VersionSnapshot>;
		if (!parsed || typeof parsed !== 'object' || !parsed.document || typeof parsed.document !== 'object')
			return undefined;
		return { document: parsed.document, findings: Array.isArray(parsed.findings) ? parsed.findings : [] };
	} catch {
		return undefined;
	}
}

export interface VersionSummary {
	id: string;
	number: number;
	status: 'draft' | 'agreed';
	startDate: string;
	reviewDate: string | null;
	createdAt: string;
	agreedAt: string | null;
	agreedBy: string | null;
	/** Names (and roles) of who took part in agreeing it, as recorded then. */
	agreedWith: Array<{ name: string; role: string; roleDescription?: string }>;
	current: boolean;
}

/** Every version of a plan, newest first, with who agreed it. */
export async function listVersions(db: Executor, planId: string): Promise<VersionSummary[]> {
	const plan = await db.selectFrom('plan').select('current_version_id').where('id', '=', planId).executeTakeFirst();
	const rows = await db
		.selectFrom('plan_version')
		.leftJoin('account', 'account.id', 'plan_version.agreed_by')
		.select([
			'plan_version.id',
			'plan_version.number',
			'plan_version.status',
			'plan_version.start_date',
			'plan_version.review_date',
			'plan_version.created_at',
			'plan_version.agreed_at',
			'plan_version.agreed_with',
			'account.name as agreed_by_name'
		])
		.where('plan_version.plan_id', '=', planId)
		.orderBy('plan_version.number', 'desc')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		number: row.number,
		status: row.status,
		startDate: row.start_date,
		reviewDate: row.review_date,
		createdAt: row.created_at,
		agreedAt: row.agreed_at,
		agreedBy: row.agreed_at ? (row.agreed_by_name ?? 'Someone no longer with the organisation') : null,
		agreedWith: tookPartOf(row.agreed_with),
		current: row.id === plan?.current_version_id
	}));
}

/** A version's id and number (to link to it); undefined when there is no such version. */
export async function readVersionNumber(
	db: Executor,
	versionId: string
): Promise<{ id: string; number: number } | undefined> {
	return db.selectFrom('plan_version').select(['id', 'number']).where('id', '=', versionId).executeTakeFirst();
}

/** A JSON list of `{ name, role, roleDescription? }` as stored; anything else reads as nobody. */
export function tookPartOf(
	text: string | null
): Array<{ id?: string; name: string; role: string; roleDescription?: string }> {
	try {
		const parsed: unknown = JSON.parse(text ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(entry): entry is { id?: string; name: string; role: string; roleDescription?: unknown } =>
					typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string'
			)
			.map((entry) => ({
				...(typeof entry.id === 'string' ? { id: entry.id } : {}),
				name: entry.name,
				role: typeof entry.role === 'string' ? entry.role : 'other',
				...(typeof entry.roleDescription === 'string' ? { roleDescription: entry.roleDescription } : {})
			}));
	} catch {
		return [];
	}
}

export interface VersionDocument {
	version: Selectable<PlanVersionTable>;
	document: PlanDocument;
	findings: Finding[];
	/** Item id (in `document`) → its lineage, to match items across versions. */
	lineage: Record<string, string>;
	/** Whether the document is the frozen snapshot (an agreed version) rather than the live rows (a draft). */
	frozen: boolean;
}

/**
 * One version of a plan as a document: an agreed version from its frozen snapshot, never from the live
 * rows; a draft from its rows. Undefined when the version is not this plan's.
 */
export async function versionDocument(
	db: Executor,
	planId: string,
	versionId: string,
	today: string
): Promise<VersionDocument | undefined> {
	const version = await db
		.selectFrom('plan_version')
		.selectAll()
		.where('id', '=', versionId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	if (!version) return undefined;
	const snapshot = version.status === 'agreed' ? parseSnapshot(version.snapshot) : undefined;
	if (snapshot) {
		return {
			version,
			document: snapshot.document,
			findings: snapshot.findings,
			lineage: await lineageOfVersion(db, versionId),
			frozen: true
		};
	}
	const loaded = await loadPlan(db, planId, versionId);
	if (!loaded) return undefined;
	return {
		version,
		document: loaded.document,
		findings: checkThread(loaded.document, { today }),
		lineage: loaded.lineage,
		frozen: false
	};
}

/** Item id → lineage for every item of a version. */
export async function lineageOfVersion(db: Executor, versionId: string): Promise<Record<string, string>> {
	const rows = await db
		.selectFrom('plan_item')
		.select(['id', 'lineage_id'])
		.where('version_id', '=', versionId)
		.execute();
	return Object.fromEntries(rows.map((row) => [row.id, row.lineage_id ?? row.id]));
}

/**
 * A document ready to compare with another version's: every item named by its lineage, and every link
 * shown as the linked item's text (so a comparison shows words, never ids), and dates as people write
 * them ("4 March 2028"). For display only: the result is not a valid plan document.
 */
export function comparableDocument(document: PlanDocument, lineage: Readonly<Record<string, string>>): PlanDocument {
	const as = (id: string) => lineage[id] ?? id;
	const day = <T extends string | undefined>(date: T): T =>
		date && isIsoDate(date) ? (formatUkDate(date) as T) : date;
	const dated = <T extends { startDate?: string; reviewDate?: string; targetDate?: string }>(item: T): T => ({
		...item,
		...(item.startDate ? { startDate: day(item.startDate) } : {}),
		...(item.reviewDate ? { reviewDate: day(item.reviewDate) } : {}),
		...(item.targetDate ? { targetDate: day(item.targetDate) } : {})
	});
	const label = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
	const aspirations = new Map(document.aspirations.map((item) => [item.id, label(item.text)]));
	const needs = new Map(document.needs.map((item) => [item.id, label(item.text)]));
	const outcomes = new Map(document.outcomes.map((item) => [item.id, label(item.text)]));
	const team = new Map(document.team.map((item) => [item.id, item.name]));
	const names = (ids: readonly string[], from: Map<string, string>) =>
		ids.map((id) => from.get(id) ?? 'an item no longer in the plan');
	return {
		...document,
		child: { ...document.child, dateOfBirth: day(document.child.dateOfBirth) },
		plan: dated(document.plan),
		team: document.team.map((item) => ({ ...item, id: as(item.id) })),
		aspirations: document.aspirations.map((item) => ({ ...item, id: as(item.id) })),
		needs: document.needs.map((item) => ({
			...item,
			id: as(item.id),
			aspirationIds: names(item.aspirationIds, aspirations)
		})),
		outcomes: document.outcomes.map((item) => ({
			...dated(item),
			id: as(item.id),
			aspirationIds: names(item.aspirationIds, aspirations),
			needIds: names(item.needIds, needs),
			steps: item.steps.map(dated)
		})),
		provision: document.provision.map((item) => {
			const { teamMemberId, ...rest } = item;
			return {
				...dated(rest),
				id: as(item.id),
				outcomeIds: names(item.outcomeIds, outcomes),
				...(teamMemberId ? { teamMemberId: team.get(teamMemberId) ?? 'someone no longer on the team' } : {})
			};
		})
	};
}

/** What changed from one version of a plan to another, in thread order. */
export async function compareVersions(
	db: Executor,
	planId: string,
	fromId: string,
	toId: string,
	today: string
): Promise<{ from: VersionDocument; to: VersionDocument; changes: ItemDiff[] } | undefined> {
	const [from, to] = await Promise.all([
		versionDocument(db, planId, fromId, today),
		versionDocument(db, planId, toId, today)
	]);
	if (!from || !to) return undefined;
	return {
		from,
		to,
		changes: diffPlans(comparableDocument(from.document, from.lineage), comparableDocument(to.document, to.lineage))
	};
}
