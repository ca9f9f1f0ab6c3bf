import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TeamMember } from '../../plan/document';
import { roleName } from '../../plan/role-name';
import { dataTable, keepTogether, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { colours } from '../theme';

/** One team member as a table row: name, role, organisation, contact. */
export function teamRow(member: TeamMember): TableCell[] {
	// An email address has no spaces to wrap at: let it wrap anywhere rather than run off the page.
	const contact = [member.email, member.phone]
		.filter((value): value is string => Boolean(value))
		.map((value) => ({ text: value, wordBreak: 'break-all' as const }));
	return [
		{ text: member.name, bold: true },
		roleName(member),
		member.organisation ?? '',
		contact.length > 0 ? { stack: contact } : ''
	];
}

/** The team around the child, the child and family among them, as a table. */
export function teamSection({ plan, name }: PdfContext): Content[] {
	const heading = sectionHeading(
		`The team around ${name}`,
		`The people who help ${name}, including ${name} and ${name}’s family.`
	);
	if (plan.team.length === 0) {
		return [
			keepTogether(...heading, { text: 'No one has been added to the team yet.', italics: true, color: colours.muted })
		];
	}
	return [
		...heading,
		dataTable(['Name', 'Role', 'Organisation', 'Contact'], plan.team.map(teamRow), [105, 100, 95, '*'])
	];
}
