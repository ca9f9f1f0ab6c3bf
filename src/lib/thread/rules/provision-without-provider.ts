import { quote } from '../quote';
import { defineRule } from '../rule';

/** The provision says neither who delivers it nor which team member (that exists) does. */
export const provisionWithoutProvider = defineRule<{ text: string }>({
	id: 'provision-without-provider',
	severity: 'warning',
	description: 'A piece of provision does not say who delivers it.',
	message: ({ text }) =>
		`The provision ${quote(text)} does not say who delivers it. Add who delivers it, or choose a member of the team.`,
	check({ plan, team }, report) {
		for (const provision of plan.provision) {
			const member = provision.teamMemberId;
			if (provision.deliveredBy === undefined && (member === undefined || !team.has(member))) {
				report({ kind: 'provision', id: provision.id }, { text: provision.text });
			}
		}
	}
});
