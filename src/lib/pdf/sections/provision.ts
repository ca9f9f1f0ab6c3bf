import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { PlanDocument, Provision } from '../../plan/document';
import { personLabel } from '../../plan/person-label';
import { dataTable, rowFits, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { linkLines } from '../links';
import { linkedNumbers, type References } from '../references';
import { colours } from '../theme';
import { groupSizeText, howLong, howOften, NOT_GIVEN } from '../text';

/** The provision table's column headings, repeated at the top of each page the table runs onto. */
export const PROVISION_HEADERS = ['What', 'Who', 'How often', 'How long', 'Group size', 'Start', 'Review'] as const;

/** The column widths on a landscape A4 page: the first takes what is left. */
const WIDTHS: Array<number | '*'> = ['*', 100, 72, 58, 54, 70, 70];

/** The most height a row kept whole may have: half a landscape page's body, in points. */
const ROW_KEPT_HEIGHT = 220;

/** How long the words of a linked outcome may be in the table. */
const OUTCOME_WORDS_LENGTH = 60;

/** The text of a table cell, its pieces on separate lines. */
function cellText(cell: TableCell | undefined): string {
	if (cell === undefined || cell === null) return '';
	if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
	if (Array.isArray(cell)) return cell.map((part) => cellText(part as TableCell)).join('');
	const node = cell as { text?: unknown; stack?: unknown[] };
	if (node.stack) return node.stack.map((part) => cellText(part as TableCell)).join('\n');
	if (node.text !== undefined) return cellText(node.text as TableCell);
	return '';
}

/** Who delivers the provision: the role given, and the team member named, if any. */
export function providerText(provision: Provision, team: PlanDocument['team']): string {
	const member = provision.teamMemberId ? team.find((person) => person.id === provision.teamMemberId) : undefined;
	const parts: string[] = [];
	if (provision.deliveredBy) parts.push(provision.deliveredBy);
	if (member) parts.push(provision.deliveredBy ? member.name : personLabel(member));
	return parts.length > 0 ? parts.join('\n') : NOT_GIVEN;
}

/** One provision as a table row, naming the outcomes it serves under what it is. */
export function provisionRow(
	provision: Provision,
	number: number,
	refs: References,
	team: PlanDocument['team']
): TableCell[] {
	const outcomes = linkLines(
		'Outcome',
		'Outcomes',
		linkedNumbers(provision.outcomeIds, refs.outcomeNumber),
		refs.outcomes,
		false,
		OUTCOME_WORDS_LENGTH
	);
	const date = (value: string | undefined) => (value ? formatUkDate(value) : NOT_GIVEN);
	return [
		{
			stack: [
				{ text: `Provision ${number}`, bold: true, color: colours.provision },
				{ text: provision.text, margin: [0, 1, 0, 3] },
				{
					text: [{ text: 'For: ', bold: true }, outcomes.length > 0 ? outcomes.join('\n') : 'No outcome linked yet'],
					style: 'small'
				}
			]
		},
		providerText(provision, team),
		howOften(provision) ?? NOT_GIVEN,
		howLong(provision.minutes) ?? NOT_GIVEN,
		groupSizeText(provision.groupSize) ?? NOT_GIVEN,
		date(provision.startDate),
		date(provision.reviewDate)
	];
}

/**
 * The provision as a table (what, who, how often, how long, group size, start, review) on landscape
 * pages of its own, so that every column has room; its header row repeats on each page.
 */
export function provisionSection({ plan, refs, name }: PdfContext): Content[] {
	const heading = sectionHeading(
		'Provision',
		`Provision is the support ${name} gets: what it is, who gives it, how much and until when, and the outcomes it helps with.`
	);
	// A landscape page starts here; the next section turns back to portrait.
	const opening: Content = { text: '', pageBreak: 'before', pageOrientation: 'landscape' };
	if (refs.provision.length === 0) {
		return [opening, ...heading, { text: 'No provision has been written yet.', italics: true, color: colours.muted }];
	}
	const rows = refs.provision.map(({ item, number }) => provisionRow(item, number, refs, plan.team));
	const table = dataTable(PROVISION_HEADERS, rows, WIDTHS);
	// Keep each row on one page, unless a row could be taller than a page (pdfmake would lose it).
	table.table.dontBreakRows = rows.every((row) =>
		rowFits(
			[
				{ text: cellText(row[0]), width: 230 },
				{ text: cellText(row[1]), width: 100 }
			],
			ROW_KEPT_HEIGHT
		)
	);
	return [opening, ...heading, table];
}
