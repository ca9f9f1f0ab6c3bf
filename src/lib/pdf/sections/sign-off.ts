import type { Content, TableCell } from 'pdfmake/interfaces';
import { roleName } from '../../plan/role-name';
import { dataTableLayout, keepTogether, rowFits, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';

/** How many blank lines follow the team's, for anyone else who signs. */
export const BLANK_SIGN_OFF_LINES = 2;

/** One row to sign: the person's name and role (blank for a spare line), then room to sign and date. */
function signRow(name: string, role: string): TableCell[] {
	return [
		{
			stack: [
				{ text: name, bold: true },
				{ text: role, style: 'small' }
			]
		},
		'',
		''
	];
}

/** The sign-off lines: one for each member of the team, and spare ones for anyone else. */
export function signOffSection({ plan, name }: PdfContext): Content[] {
	const rows: TableCell[][] = [
		...plan.team.map((member) =>
			signRow(member.name, [roleName(member), member.organisation].filter(Boolean).join(', '))
		),
		...Array.from({ length: BLANK_SIGN_OFF_LINES }, () => signRow('Name:', 'Role:'))
	];
	const table: Content = {
		table: {
			headerRows: 1,
			// A row to sign is never split across pages, unless a name so long could not fit on one.
			dontBreakRows: plan.team.every((member) =>
				rowFits([{ text: `${member.name}\n${roleName(member)}, ${member.organisation ?? ''}`, width: 200 }], 300, 12)
			),
			widths: ['*', 150, 100],
			heights: (row: number) => (row === 0 ? 'auto' : 44),
			body: [
				[
					{ text: 'Name and role', style: 'tableHeader' },
					{ text: 'Signature', style: 'tableHeader' },
					{ text: 'Date', style: 'tableHeader' }
				],
				...rows
			]
		},
		layout: { ...dataTableLayout, hLineWidth: (index: number) => (index === 0 ? 0 : 1) }
	};
	return [
		keepTogether(
			...sectionHeading(
				'Agreeing the plan',
				`Signing here shows that you took part in writing ${name}’s plan and agree with it.`
			)
		),
		table
	];
}
