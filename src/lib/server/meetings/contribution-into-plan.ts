import type { Transaction } from 'kysely';
import { isoDateInEnglandOf } from '../../dates/format-timestamp';
import type { IntoPlanInput } from '../../forms/meeting';
import {
	becameRef,
	itemKindsFor,
	keepsSpeaker,
	saidByOf,
	voiceOf,
	type ContributionItemKind
} from '../../meeting/contribution-item';
import { isFamilyAttendee } from '../../meeting/family-attendee';
import { calledName } from '../../plan/child-name';
import { attendeesOf, contributionOf, markContributionBecame, meetingOf } from '../db/meetings';
import type { PlanDraft } from '../db/plan-draft';
import { saveItem, type WriteResult } from '../db/plan-items';
import type { Database } from '../db/schema';
import { changePlan, type PlanFrozen } from '../plans/change-plan';
import type { PlanContext } from '../plans/plan-context';
import type { MeetingRefusal } from './change-open-meeting';

export type IntoPlanResult =
	| { ok: true; kind: ContributionItemKind; id: string }
	| MeetingRefusal
	/** No such contribution in this meeting. */
	| { ok: false; reason: 'no-contribution' }
	/** It has been taken into the plan already (perhaps by someone else, a moment ago). */
	| { ok: false; reason: 'taken' }
	/** What was said on this screen cannot become that kind of item (or anything at all). */
	| { ok: false; reason: 'wrong-kind' }
	/** A need is in one area of need: none was chosen. */
	| { ok: false; reason: 'no-area' }
	/** The plan is agreed (a review meeting) or archived: it changes through a review. */
	| PlanFrozen;

/**
 * The chair takes something said in the meeting into the plan, as a new item whose words start as what
 * was said, in one transaction with marking the contribution as taken in (and the plan's audit row):
 * on "What we like and admire" and "What's important" an About me entry, on the plan's screen an
 * aspiration, need, outcome or provision. Words items keep who said them, with who helped. A need,
 * outcome or provision starts with its words alone (a need with the area chosen): its links, dates and
 * amounts are added on the plan's pages, and until then the thread's checker says what is missing.
 * Never a change to anyone's existing words.
 */
export async function contributionIntoPlan(
	ctx: PlanContext,
	meetingId: string,
	input: IntoPlanInput
): Promise<IntoPlanResult> {
	if (!ctx.actions.has('edit')) return { ok: false, reason: 'not-allowed' };
	return changePlan<IntoPlanResult>(ctx, { item: (done) => `${done.kind}:${done.id}` }, async (trx, draft) => {
		const meeting = await meetingOf(trx, ctx.planRow.id, meetingId);
		if (!meeting) return { ok: false, reason: 'not-found' };
		if (meeting.ended_at !== null) return { ok: false, reason: 'ended' };
		const said = await contributionOf(trx, meeting.id, input.contribution);
		if (!said) return { ok: false, reason: 'no-contribution' };
		if (said.became !== null) return { ok: false, reason: 'taken' };
		if (!itemKindsFor(said.screen).includes(input.as)) return { ok: false, reason: 'wrong-kind' };
		if (input.as === 'need' && input.area === null) return { ok: false, reason: 'no-area' };
		const speaker = (await attendeesOf(trx, meeting.id)).find((attendee) => attendee.id === said.attendee_id);
		const roles = new Map(ctx.document.team.map((member) => [member.id, member.role]));
		const who = speaker && {
			name: speaker.name,
			isChild: speaker.is_child === 1,
			isFamily: isFamilyAttendee(speaker, roles),
			accountId: speaker.account_id
		};
		const saidBy =
			who &&
			saidByOf(
				who,
				{ supportedBy: said.supported_by, writer: said.writer_name, writtenOn: isoDateInEnglandOf(said.written_at) },
				calledName(ctx.document.child)
			);
		const text = said.text;
		const write = { versionId: ctx.version.id, accountId: ctx.account.id };
		let saved: WriteResult;
		if (input.as === 'aspiration') {
			const voice = who ? voiceOf(who) : 'professional';
			const data = { text, voice, ...(saidBy ? { saidBy } : {}) };
			saved = await saveItem(trx, { ...write, kind: 'aspiration', data }, draft);
		} else if (keepsSpeaker(input.as)) {
			saved = await saveItem(trx, { ...write, kind: input.as, data: { text, ...(saidBy ? { saidBy } : {}) } }, draft);
		} else {
			saved = await withoutSpeaker(trx, draft, write, { kind: input.as, area: input.area, text });
		}
		// A new item has no links to refuse and no revision to be stale: this is a fault, not a refusal.
		if (!saved.ok) throw new Error(`A contribution could not be written into the plan: ${saved.reason}`);
		if (!(await markContributionBecame(trx, meeting.id, said.id, becameRef({ kind: input.as, id: saved.id }))))
			return { ok: false, reason: 'taken' };
		return { ok: true, kind: input.as, id: saved.id };
	});
}

/** A need (in the area chosen), an outcome or a provision, with the words alone. */
function withoutSpeaker(
	trx: Transaction<Database>,
	draft: PlanDraft,
	write: { versionId: string; accountId: string },
	item: { kind: 'need' | 'outcome' | 'provision'; area: IntoPlanInput['area']; text: string }
): Promise<WriteResult> {
	const { kind, area, text } = item;
	if (kind === 'need') {
		if (area === null) throw new Error('A need is written with its area: it was checked before.');
		return saveItem(trx, { ...write, kind, data: { text, area } }, draft);
	}
	return saveItem(trx, { ...write, kind, data: { text } }, draft);
}
