import type { Selectable } from 'kysely';
import type { Aspiration, Need, Outcome, PlanDocument, Provision, SaidBy, Step, TeamMember } from '../../plan/document';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from '../../plan/document';
import type { ChildTable, PlanItemKind, PlanItemTable, PlanLinkTable, PlanTable, PlanVersionTable } from './schema';

/** What each kind of item keeps in its `data` column: its own fields, without id, links or steps. */
export interface ItemData {
	'like-and-admire': ProfileItemData;
	important: ProfileItemData;
	support: ProfileItemData;
	team: Omit<TeamMember, 'id'>;
	aspiration: Omit<Aspiration, 'id'>;
	need: Omit<Need, 'id' | 'aspirationIds'>;
	outcome: Omit<Outcome, 'id' | 'aspirationIds' | 'needIds' | 'steps'>;
	step: Step;
	provision: Omit<Provision, 'id' | 'outcomeIds' | 'teamMemberId'>;
}

/** An About me entry as stored: its text, and who said it when that is known. */
export interface ProfileItemData {
	text: string;
	saidBy?: SaidBy;
}

/** The profile lists, by item kind. */
export const profileKinds = {
	'like-and-admire': 'likeAndAdmire',
	important: 'important',
	support: 'support'
} as const satisfies Partial<Record<PlanItemKind, keyof NonNullable<PlanDocument['profile']>>>;

export interface PlanRows {
	plan: Selectable<PlanTable>;
	child: Selectable<ChildTable>;
	version: Selectable<PlanVersionTable>;
	items: Selectable<PlanItemTable>[];
	links: Selectable<PlanLinkTable>[];
}

/** Ids the plan document does not carry but the pages need: each step's id, by outcome. */
export interface ItemIndex {
	revisions: Record<string, number>;
	/** Each item's id in the version it was first written in, to match items across versions. */
	lineage: Record<string, string>;
	stepIds: Record<string, string[]>;
}

/**
 * Builds the PlanDocument from a version's rows: items in position order, links in the order they were
 * made. Item ids are the database's keys; the interchange export renumbers them.
 */
export function rowsToDocument(rows: PlanRows): { document: PlanDocument; index: ItemIndex } {
	const { plan, child, version } = rows;
	const linksFrom = new Map<string, string[]>();
	for (const link of rows.links) {
		const list = linksFrom.get(link.from_id);
		if (list) list.push(link.to_id);
		else linksFrom.set(link.from_id, [link.to_id]);
	}
	const kindOf = new Map(rows.items.map((item) => [item.id, item.kind]));
	const linked = (from: string, kind: PlanItemKind) =>
		(linksFrom.get(from) ?? []).filter((to) => kindOf.get(to) === kind);

	const profile: NonNullable<PlanDocument['profile']> = {};
	const document: PlanDocument = {
		format: PLAN_FORMAT,
		version: PLAN_FORMAT_VERSION,
		child: {
			firstName: child.first_name,
			lastName: child.last_name,
			...(child.known_as ? { knownAs: child.known_as } : {}),
			...(child.pronouns ? { pronouns: child.pronouns } : {}),
			...(child.setting ? { setting: child.setting } : {}),
			...(child.communication ? { communication: child.communication } : {}),
			dateOfBirth: child.date_of_birth
		},
		plan: {
			title: version.title,
			kind: version.kind,
			status: plan.archived_at ? 'archived' : version.status,
			startDate: version.start_date,
			...(version.review_date ? { reviewDate: version.review_date } : {})
		},
		team: [],
		aspirations: [],
		needs: [],
		outcomes: [],
		provision: []
	};
	const index: ItemIndex = { revisions: {}, lineage: {}, stepIds: {} };
	const outcomes = new Map<string, Outcome>();
	const steps: Selectable<PlanItemTable>[] = [];

	for (const item of rows.items) {
		index.revisions[item.id] = item.revision;
		index.lineage[item.id] = item.lineage_id ?? item.id;
		const data = JSON.parse(item.data);
		switch (item.kind) {
			case 'like-and-admire':
			case 'important':
			case 'support': {
				// The object form only when there is a speaker, so older entries read back as they were written.
				const { text, saidBy } = data as ItemData['support'];
				(profile[profileKinds[item.kind]] ??= []).push(saidBy ? { text, saidBy } : text);
				break;
			}
			case 'team':
				document.team.push({ id: item.id, ...(data as ItemData['team']) });
				break;
			case 'aspiration':
				document.aspirations.push({ id: item.id, ...(data as ItemData['aspiration']) });
				break;
			case 'need':
				document.needs.push({
					id: item.id,
					...(data as ItemData['need']),
					aspirationIds: linked(item.id, 'aspiration')
				});
				break;
			case 'outcome': {
				const outcome: Outcome = {
					id: item.id,
					...(data as ItemData['outcome']),
					aspirationIds: linked(item.id, 'aspiration'),
					needIds: linked(item.id, 'need'),
					steps: []
				};
				outcomes.set(item.id, outcome);
				index.stepIds[item.id] = [];
				document.outcomes.push(outcome);
				break;
			}
			case 'step':
				steps.push(item);
				break;
			case 'provision': {
				const [teamMemberId] = linked(item.id, 'team');
				document.provision.push({
					id: item.id,
					...(data as ItemData['provision']),
					outcomeIds: linked(item.id, 'outcome'),
					...(teamMemberId ? { teamMemberId } : {})
				});
				break;
			}
		}
	}
	for (const step of steps) {
		const outcome = step.parent_id ? outcomes.get(step.parent_id) : undefined;
		if (!outcome) continue;
		outcome.steps.push(JSON.parse(step.data) as Step);
		index.stepIds[outcome.id]!.push(step.id);
	}
	if (Object.keys(profile).length > 0) document.profile = profile;
	return { document: reorder(document), index };
}

/** Keeps the document's keys in the interchange order (profile after child), whatever order they were set in. */
function reorder(document: PlanDocument): PlanDocument {
	const { format, version, child, profile, plan, team, aspirations, needs, outcomes, provision } = document;
	return {
		format,
		version,
		child,
		...(profile ? { profile } : {}),
		plan,
		team,
		aspirations,
		needs,
		outcomes,
		provision
	};
}
