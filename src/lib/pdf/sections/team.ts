import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TeamMember } from '../../plan/document';
import { roleName } from '../../plan/role-name';
import { dataTable, keepTogether, rowFits, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { headedTable } from '../headed-table';
import { colours } from '../theme';

/** One team member as a table row: name, role, organisation, contact. */
export function teamRow(member: TeamMember, role: (person: TeamMember) => string = roleName): TableCell[] {
	// An email address has no spaces to wrap at: let it wrap anywhere rather than run off the page.
	const contact = [member.email, member.phone]
		.filter((value): value is string => Boolean(value))
		.map((value) => ({ text: value, wordBreak: 'break-all' as const }));
	return [
		{ text: member.name, bold: true },
		role(member),
		member.organisation ?? '',
		contact.length > 0 ? { stack: contact } : ''
	];
}

/** The team around the child, the child and family among them, as a table. */
export function teamSection({ plan, name, role, rooms }: PdfContext): Content[] {
	const heading = {
		title: `The team around ${name}`,
		gloss: `The people who help ${name}, including ${name} and ${name}’s family.`,
		id: 'team'
	};
	if (plan.team.length === 0) {
		return [
			keepTogether(...sectionHeading(heading.title, heading.gloss), {
				text: 'No one has been added to the team yet.',
				italics: true,
				color: colours.muted
			})
		];
	}
	const table = dataTable(
		['Name', 'Role', 'Organisation', 'Contact'],
		plan.team.map((member) => teamRow(member, role)),
		[92, 115, 92, '*']
	);
	// A person's row is never split across pages (a name on one page and an email on the next),
	// unless a row so long could not fit on one; the header row stays with the first.
	table.table.dontBreakRows = plan.team.every((member) =>
		rowFits(
			[
				{ text: member.name, width: 85 },
				{ text: member.organisation ?? '', width: 82 },
				{ text: `${member.email ?? ''}\n${member.phone ?? ''}`, width: 160 }
			],
			600
		)
	);
	return headedTable(heading, table, rooms);
}
