import type { SaidBy } from '../../plan/document';
import type { SaidByChoice } from '../../forms/said-by';
import { today } from '../clock/clock';
import type { PlanContext } from './plan-context';

/** One person a form offers as who said the words. */
export interface SpeakerOption {
	value: string;
	label: string;
}

/**
 * The people who may have said the words, as the forms offer them: the child first, then the person
 * signed in, then the plan's team by name (the child is offered once, and a member with the signed-in
 * person's email is them, so not twice).
 */
export function speakerOptions(ctx: PlanContext): SpeakerOption[] {
	const { child, team } = ctx.document;
	const email = ctx.account.email.toLowerCase();
	return [
		{ value: 'child', label: child.knownAs ?? child.firstName },
		{ value: 'me', label: `${ctx.account.name} (you)` },
		...team
			.filter((member) => member.role !== 'child-young-person' && member.email?.toLowerCase() !== email)
			.map((member) => ({ value: `team:${member.id}`, label: member.name }))
	];
}

/**
 * Who said the words, from the form's choice, written down by the signed-in person today; undefined
 * when the team member chosen is no longer in the plan. Only the signed-in person's own words carry
 * an account, so only they can later accept a change to them themselves.
 */
export function chosenSpeaker(
	ctx: PlanContext,
	choice: Required<Pick<SaidByChoice, 'saidBy'>> & SaidByChoice
): SaidBy | undefined {
	const recorded = { recordedBy: ctx.account.name, recordedOn: today() };
	if (choice.saidBy === 'child') {
		const { child } = ctx.document;
		return {
			name: child.knownAs ?? child.firstName,
			child: true,
			...(choice.with ? { with: choice.with } : {}),
			...recorded
		};
	}
	if (choice.saidBy === 'me') return { name: ctx.account.name, ...recorded, accountId: ctx.account.id };
	const member = ctx.document.team.find((m) => `team:${m.id}` === choice.saidBy);
	return member ? { name: member.name, ...recorded } : undefined;
}
