import type { Content } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import { planKindLabels, planStatusLabels } from '../../plan/labels';
import { dataTableLayout } from '../blocks';
import type { PdfContext } from '../context';
import { colours } from '../theme';
import { fullName, NOT_GIVEN } from '../text';

/**
 * The opening of the plan: its title, who it is for, its kind, status and dates, and, for a draft,
 * a plain notice that it has not been agreed yet.
 */
export function titleSection({ plan }: PdfContext): Content[] {
	const { child, plan: details } = plan;
	const rows: Array<[string, string]> = [
		['Name', fullName(child)],
		...(child.knownAs && child.knownAs !== child.firstName ? [['Known as', child.knownAs] as [string, string]] : []),
		['Date of birth', formatUkDate(child.dateOfBirth)],
		...(child.pronouns ? [['Pronouns', child.pronouns] as [string, string]] : []),
		...(child.setting ? [['School or setting', child.setting] as [string, string]] : []),
		['Kind of plan', planKindLabels[details.kind]],
		['Status', planStatusLabels[details.status]],
		['Plan starts', formatUkDate(details.startDate)],
		['Next review', details.reviewDate ? formatUkDate(details.reviewDate) : NOT_GIVEN]
	];
	const content: Content[] = [
		{ text: details.title, style: 'title', outline: true },
		{ text: `Support plan for ${fullName(child)}`, style: 'subtitle' },
		{
			table: {
				widths: [130, '*'],
				body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }])
			},
			layout: { ...dataTableLayout, fillColor: () => null },
			margin: [0, 0, 0, 10]
		}
	];
	if (details.status === 'draft') {
		content.push({
			text: [
				{ text: 'Draft. ', bold: true },
				'This plan has not been agreed yet. It may still change before everyone signs it.'
			],
			color: colours.draft,
			margin: [0, 4, 0, 6]
		});
	}
	return content;
}
