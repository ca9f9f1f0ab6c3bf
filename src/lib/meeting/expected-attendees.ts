import { calledName } from '../plan/child-name';
import { roleName } from '../plan/role-name';
import type { PlanDocument } from '../plan/schema';

export interface ExpectedAttendee {
	name: string;
	role: string;
	isChild: boolean;
	teamMemberId: string | null;
}

/**
 * Who a meeting's list starts with: the child first (their voice comes first), then the plan's team in
 * its order. The child is the team's "child or young person" member when there is one, else the child the
 * plan is for.
 */
export function expectedAttendees(document: Pick<PlanDocument, 'child' | 'team'>): ExpectedAttendee[] {
	const childMember = document.team.find((member) => member.role === 'child-young-person');
	const child: ExpectedAttendee = {
		name: childMember?.name ?? calledName(document.child),
		role: roleName({ role: 'child-young-person' }),
		isChild: true,
		teamMemberId: childMember?.id ?? null
	};
	const others = document.team
		.filter((member) => member !== childMember)
		.map((member) => ({ name: member.name, role: roleName(member), isChild: false, teamMemberId: member.id }));
	return [child, ...others];
}
