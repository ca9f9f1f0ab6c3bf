import type { PlanDocument, TeamMember } from '../../plan/document';
import type { Finding } from '../../thread/finding';
import type { Executor } from './executor';

/** Someone who took part in agreeing a plan, as the team recorded them at the time. */
export interface TookPart {
	id: string;
	name: string;
	role: TeamMember['role'];
	roleDescription?: string;
}

/** What an agreed version's `snapshot` holds: the whole plan as agreed, and its thread's findings then. */
export interface AgreedSnapshot {
	document: PlanDocument;
	findings: Finding[];
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
