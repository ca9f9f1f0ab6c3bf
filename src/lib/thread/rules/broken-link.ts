import type { Positions } from '../context';
import type { SubjectKind } from '../finding';
import { quote, quoteId } from '../quote';
import { defineRule } from '../rule';

type Target = 'aspiration' | 'need' | 'outcome' | 'team member';

interface BrokenLink {
	holder: SubjectKind;
	text: string;
	target: Target;
	id: string;
}

/** Each id that `ids` names and `targets` lacks, once each, in order. */
function missing(ids: readonly string[], targets: Positions): string[] {
	const out: string[] = [];
	for (const id of ids) if (!targets.has(id) && !out.includes(id)) out.push(id);
	return out;
}

/**
 * A link names an id that is not in the plan (an imported document). One finding per missing id, on
 * the item that holds the link.
 */
export const brokenLink = defineRule<BrokenLink>({
	id: 'broken-link',
	severity: 'error',
	description:
		'An item links to another item that is not in the plan. This can happen in a plan brought in from a file.',
	message: ({ holder, text, target, id }) =>
		target === 'team member'
			? `The provision ${quote(text)} names team member ${quoteId(id)}, who is not in the team. Choose someone from the team, or add them to it.`
			: `The ${holder} ${quote(text)} links to ${target} ${quoteId(id)}, which is not in this plan. Remove the link, or add the missing ${target}.`,
	check({ plan, team, aspirations, needs, outcomes }, report) {
		for (const need of plan.needs) {
			for (const id of missing(need.aspirationIds, aspirations)) {
				report({ kind: 'need', id: need.id }, { holder: 'need', text: need.text, target: 'aspiration', id });
			}
		}
		for (const outcome of plan.outcomes) {
			const subject = { kind: 'outcome', id: outcome.id } as const;
			for (const id of missing(outcome.aspirationIds, aspirations)) {
				report(subject, { holder: 'outcome', text: outcome.text, target: 'aspiration', id });
			}
			for (const id of missing(outcome.needIds, needs)) {
				report(subject, { holder: 'outcome', text: outcome.text, target: 'need', id });
			}
		}
		for (const provision of plan.provision) {
			const subject = { kind: 'provision', id: provision.id } as const;
			for (const id of missing(provision.outcomeIds, outcomes)) {
				report(subject, { holder: 'provision', text: provision.text, target: 'outcome', id });
			}
			const member = provision.teamMemberId;
			if (member !== undefined && !team.has(member)) {
				report(subject, { holder: 'provision', text: provision.text, target: 'team member', id: member });
			}
		}
	}
});
