import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import { planStatusLabels } from '../../plan/labels';
import { dataTableLayout, keepTogetherIfShort, rowFits, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { colours } from '../theme';
import { fullName, NOT_GIVEN } from '../text';
import { withRole } from '../tags';

/**
 * The opening of the plan, at the top of page 1: its title, who it is for, the kind of plan, and, for
 * a draft, a plain notice that it has not been agreed yet.
 */
export function titleSection(context: PdfContext): Content[] {
	const { child, plan: details } = context.plan;
	const content: Content[] = [
		withRole('H1', { text: details.title, style: 'title', outline: true }),
		{
			text: [`Support plan for ${fullName(child)}`, child.setting ? `, ${child.setting}` : ''],
			style: 'subtitle',
			margin: [0, 0, 0, 2]
		},
		{ text: context.kind(details.kind), style: 'field', margin: [0, 0, 0, 6] }
	];
	if (details.status === 'draft') {
		content.push({
			text: [
				{ text: 'Draft. ', bold: true },
				'This plan has not been agreed yet. It may still change before everyone agrees it.'
			],
			color: colours.draft,
			margin: [0, 0, 0, 6]
		});
	}
	return content;
}

/** The id of the heading the detail starts with, which starts page 2 when the glance leaves room on page 1. */
export const DETAIL_START = 'detail-start';

/** The plan's details, where the detail starts: the child, the kind of plan, its status and dates. */
export function detailsSection(context: PdfContext): Content[] {
	const { child, plan: details } = context.plan;
	const rows: Array<[string, string]> = [
		['Name', fullName(child)],
		...(child.knownAs && child.knownAs !== child.firstName ? [['Known as', child.knownAs] as [string, string]] : []),
		['Date of birth', formatUkDate(child.dateOfBirth)],
		...(child.pronouns ? [['Pronouns', child.pronouns] as [string, string]] : []),
		...(child.setting ? [['School or setting', child.setting] as [string, string]] : []),
		['Kind of plan', context.kind(details.kind)],
		['Status', planStatusLabels[details.status]],
		['Plan starts', formatUkDate(details.startDate)],
		['Next review', details.reviewDate ? formatUkDate(details.reviewDate) : NOT_GIVEN]
	];
	// Two details to a row, label and value side by side, so that the table takes little of the page.
	const pairs: TableCell[][] = [];
	for (let index = 0; index < rows.length; index += 2) {
		const cells = [rows[index], rows[index + 1]].flatMap((row): TableCell[] =>
			row ? [withRole('TH', { text: row[0], bold: true }), { text: row[1] }] : ['', '']
		);
		pairs.push(cells);
	}
	const characters = rows.reduce((sum, [, value]) => sum + value.length + 40, 200);
	return keepTogetherIfShort(
		characters,
		...sectionHeading('About this plan', 'Who the plan is for, and its dates.', DETAIL_START),
		// A table of its own (no header row): each label heads its row.
		withRole('Table', {
			table: {
				widths: [80, '*', 80, '*'],
				// A row is kept on one page unless a value so long could not fit on one.
				dontBreakRows: rows.every(([, value]) => rowFits([{ text: value, width: 150 }], 600, 11)),
				body: pairs
			},
			layout: { ...dataTableLayout, fillColor: () => null, paddingTop: () => 3, paddingBottom: () => 3 },
			margin: [0, 0, 0, 6]
		})
	);
}
