import type { Kysely } from 'kysely';
import type { PlanDocument, TeamMember } from '../../plan/document';
import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { recordAudit } from './record-audit';
import { now } from '../clock/clock';
import { loadPlan } from './plan-load';
import type { Database } from './schema';
import type { Executor } from './executor';

/** Someone who took part in agreeing a plan, as the team recorded them at the time. */
export interface TookPart {
	id: string;
	name: string;
	role: TeamMember['role'];
}

/** What an agreed version's `snapshot` holds: the whole plan as agreed, and its thread's findings then. */
export interface AgreedSnapshot {
	document: PlanDocument;
	findings: Finding[];
}

export type AgreeResult =
	| { ok: true; agreedAt: string }
	/** The thread has problems (errors): a plan with any cannot be agreed. */
	| { ok: false; reason: 'errors'; findings: Finding[] }
	/** The version is no longer the current draft: agreed meanwhile, archived, or a newer version started. */
	| { ok: false; reason: 'not-draft' }
	/** Some of `tookPart` are not members of this plan's team. */
	| { ok: false; reason: 'unknown-members'; ids: string[] }
	| { ok: false; reason: 'not-found' };

/**
 * Agrees the current version of a plan, in one transaction: checks the thread again on what is stored
 * now (so a problem that appeared since the page was shown still stops it), then marks the version
 * agreed — when, by whom, with whom — freezes the whole document and its findings as the snapshot, and
 * writes the 'plan.agreed' audit row. Refuses, changing nothing, when the thread has any error, when
 * `versionId` is not the plan's current draft, or when someone named in `tookPart` is not on the team.
 */
export async function agreePlan(
	db: Kysely<Database>,
	input: {
		planId: string;
		versionId: string;
		accountId: string;
		tookPart: readonly string[];
		today: string;
		ip: string | null;
	}
): Promise<AgreeResult> {
	return db.transaction().execute(async (trx) => {
		const loaded = await loadPlan(trx, input.planId);
		if (!loaded) return { ok: false, reason: 'not-found' } as const;
		const { planRow: plan, version } = loaded;
		if (version.id !== input.versionId || version.status !== 'draft' || plan.archived_at)
			return { ok: false, reason: 'not-draft' } as const;

		const team = new Map(loaded.document.team.map((member) => [member.id, member]));
		const unknown = input.tookPart.filter((id) => !team.has(id));
		if (unknown.length > 0) return { ok: false, reason: 'unknown-members', ids: unknown } as const;

		const findings = checkThread(loaded.document, { today: input.today });
		const errors = findings.filter((finding) => finding.severity === 'error');
		if (errors.length > 0) return { ok: false, reason: 'errors', findings: errors } as const;

		const tookPart: TookPart[] = [...new Set(input.tookPart)].map((id) => {
			const member = team.get(id)!;
			return { id, name: member.name, role: member.role };
		});
		const document: PlanDocument = { ...loaded.document, plan: { ...loaded.document.plan, status: 'agreed' } };
		const snapshot: AgreedSnapshot = { document, findings };
		const at = now().toISOString();
		const updated = await trx
			.updateTable('plan_version')
			.set({
				status: 'agreed',
				agreed_at: at,
				agreed_by: input.accountId,
				agreed_with: JSON.stringify(tookPart),
				snapshot: JSON.stringify(snapshot),
				updated_at: at
			})
			.where('id', '=', version.id)
			.where('status', '=', 'draft')
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'not-draft' } as const;
		await recordAudit(trx, {
			organisation_id: plan.organisation_id,
			account_id: input.accountId,
			plan_id: plan.id,
			action: 'plan.agreed',
			item: `version:${version.id}`,
			ip: input.ip
		});
		return { ok: true, agreedAt: at } as const;
	});
}

/** Who agreed a version, when, and who took part; undefined for a version not agreed. */
export async function agreementOf(
	db: Executor,
	version: { agreed_at: string | null; agreed_by: string | null; agreed_with: string | null }
): Promise<{ at: string; by: string; tookPart: TookPart[] } | undefined> {
	if (!version.agreed_at) return undefined;
	const account = version.agreed_by
		? await db.selectFrom('account').select('name').where('id', '=', version.agreed_by).executeTakeFirst()
		: undefined;
	let tookPart: TookPart[] = [];
	try {
		const parsed: unknown = JSON.parse(version.agreed_with ?? '[]');
		if (Array.isArray(parsed))
			tookPart = parsed.filter(
				(entry): entry is TookPart =>
					typeof entry === 'object' && entry !== null && typeof (entry as TookPart).name === 'string'
			);
	} catch {
		tookPart = [];
	}
	return { at: version.agreed_at, by: account?.name ?? 'Someone no longer with the organisation', tookPart };
}
