import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { PlanDocument, Provision } from '../../plan/document';
import { roleName, type RoleOf } from '../../plan/role-name';
import { cellText, dataTable, keepTogether, rowFits, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { headedTable } from '../headed-table';
import { linkedNumbers, type References } from '../references';
import { colours } from '../theme';
import { groupSizeText, howLong, howOften, joinNumbers, NOT_GIVEN } from '../text';

/** The provision table's column headings, repeated at the top of each page the table runs onto. */
export const PROVISION_HEADERS = ['What', 'Who', 'How much', 'When'] as const;

/** The column widths on a portrait A4 page: the first takes what is left. */
const WIDTHS: Array<number | '*'> = ['*', 86, 86, 124];

/** The most height a row kept whole may have: most of a portrait page's body, in points. */
const ROW_KEPT_HEIGHT = 600;

/**
 * Who delivers the provision: the role given, and the team member named, if any. `role` names a team
 * member's role (the PDF's explains "SENCo" the first time).
 */
export function providerText(
	provision: Provision,
	team: PlanDocument['team'],
	role: (person: RoleOf) => string = roleName
): string {
	const member = provision.teamMemberId ? team.find((person) => person.id === provision.teamMemberId) : undefined;
	const parts: string[] = [];
	if (provision.deliveredBy) parts.push(provision.deliveredBy);
	if (member) parts.push(provision.deliveredBy ? member.name : `${member.name} (${role(member)})`);
	return parts.length > 0 ? parts.join('\n') : NOT_GIVEN;
}

/** "For: Outcome 2", "For: Outcomes 1 and 3": the outcomes a provision serves, by number. */
function forOutcomes(provision: Provision, refs: References): string {
	const numbers = linkedNumbers(provision.outcomeIds, refs.outcomeNumber);
	if (numbers.length === 0) return 'No outcome linked yet';
	return `${numbers.length === 1 ? 'Outcome' : 'Outcomes'} ${joinNumbers(numbers)}`;
}

/** A cell of several lines, each a label in bold ("Review") over its value, or just a value. */
function linesCell(lines: ReadonlyArray<string | [string, string]>): TableCell {
	return {
		stack: lines.map((line) =>
			typeof line === 'string' ? { text: line } : { text: [{ text: `${line[0]} `, bold: true }, line[1]] }
		)
	};
}

/**
 * One provision as a table row: what it is and the outcomes it serves (by number: they are set out
 * just before), who gives it, how often, how long and in what group, and when it starts and is reviewed.
 */
export function provisionRow(
	provision: Provision,
	number: number,
	refs: References,
	team: PlanDocument['team'],
	role: (person: RoleOf) => string = roleName,
	words: (text: string) => string = (text) => text
): TableCell[] {
	const date = (value: string | undefined) => (value ? formatUkDate(value) : NOT_GIVEN);
	return [
		{
			stack: [
				{ text: `Provision ${number}`, bold: true, color: colours.provision },
				{ text: words(provision.text), margin: [0, 1, 0, 3] },
				{ text: [{ text: 'For: ', bold: true }, forOutcomes(provision, refs)], style: 'small' }
			]
		},
		words(providerText(provision, team, role)),
		linesCell([
			howOften(provision) ?? `How often: ${NOT_GIVEN.toLowerCase()}`,
			howLong(provision.minutes) ? `${howLong(provision.minutes)} each` : `How long: ${NOT_GIVEN.toLowerCase()}`,
			groupSizeText(provision.groupSize) ?? `Group size: ${NOT_GIVEN.toLowerCase()}`
		]),
		linesCell([
			['Starts', date(provision.startDate)],
			['Review', date(provision.reviewDate)]
		])
	];
}

/**
 * The provision as a table on portrait pages, flowing on from the outcomes: what, who, how much and
 * when. Its header row repeats on each page it runs onto, and no row is split across pages.
 */
export function provisionSection({ plan, refs, name, role, glossary, rooms }: PdfContext): Content[] {
	const heading = {
		title: 'Provision',
		gloss: `Provision is the support ${name} gets: what it is, who gives it, how much and until when, and the outcomes it helps with.`,
		id: 'provision'
	};
	if (refs.provision.length === 0) {
		return [
			keepTogether(...sectionHeading(heading.title, heading.gloss), {
				text: 'No provision has been written yet.',
				italics: true,
				color: colours.muted
			})
		];
	}
	const rows = refs.provision.map(({ item, number }) =>
		provisionRow(item, number, refs, plan.team, role, glossary.within)
	);
	const table = dataTable(PROVISION_HEADERS, rows, WIDTHS);
	// Keep each row on one page, unless a row could be taller than a page (pdfmake would lose it).
	table.table.dontBreakRows = rows.every((row) =>
		rowFits(
			[
				{ text: cellText(row[0]), width: 170 },
				{ text: cellText(row[1]), width: 90 }
			],
			ROW_KEPT_HEIGHT
		)
	);
	return headedTable(heading, table, rooms);
}
