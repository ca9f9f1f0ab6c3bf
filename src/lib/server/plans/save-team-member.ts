import type { TeamMemberInput } from '../../forms/team-member';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/** Adds someone to the team around the child, or changes their details (what an "Other" role is, among them). */
export function saveTeamMember(ctx: PlanContext, target: ItemTarget, input: TeamMemberInput): Promise<ItemSaveResult> {
	const { name, role, roleDescription, organisation, email, phone } = input;
	return writeItem(ctx, 'team', target, {
		name,
		role,
		// Only "Other" is described: a description left from before the role was changed goes.
		...(role === 'other' && roleDescription ? { roleDescription } : {}),
		...(organisation ? { organisation } : {}),
		...(email ? { email } : {}),
		...(phone ? { phone } : {})
	});
}
