import type { TeamMemberInput } from '../../forms/team-member';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/** Adds someone to the team around the child, or changes their details. */
export function saveTeamMember(ctx: PlanContext, target: ItemTarget, input: TeamMemberInput): Promise<ItemSaveResult> {
	const { name, role, organisation, email, phone } = input;
	return writeItem(ctx, 'team', target, {
		name,
		role,
		...(organisation ? { organisation } : {}),
		...(email ? { email } : {}),
		...(phone ? { phone } : {})
	});
}
