import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { Provision, TeamMember } from '../../plan/document';
import { dataTable, rowFits } from '../blocks';
import type { PdfContext } from '../context';
import { LINKS_WITH_WORDS, needLines } from '../links';
import { linkedNumbers, type Numbered } from '../references';
import { colours } from '../theme';
import { howOften, joinNumbers, NOT_GIVEN } from '../text';
import { providerText } from './provision';
import { withRole } from '../tags';

/** The glance table's column headings. */
export const GLANCE_HEADERS = ['Hopes', 'Needs', 'Outcome, and by when', 'Provision: who, how often'] as const;

/** The glance table's column widths on a portrait page: the outcome's takes what is left. */
const WIDTHS: Array<number | '*'> = [62, 98, '*', 128];

/** The widths of the columns' text, to judge whether a row fits on a page (the outcome's is about 170). */
const TEXT_WIDTHS = [52, 88, 170, 118];

/** The tallest a row of the glance table may be and still be kept on one page, in points. */
const ROW_KEPT_HEIGHT = 600;

/** The roles of the child and family, who are not the ones to contact about the plan. */
const FAMILY_ROLES: ReadonlySet<TeamMember['role']> = new Set(['child-young-person', 'parent-carer']);

const muted = (text: string): Content => ({ text, italics: true, color: colours.muted });

/** A provision as the glance table gives it: its number, then who gives it and how often. */
function provisionLine({ item, number }: Numbered<Provision>, context: PdfContext): Content {
	const who = context.glossary.within(providerText(item, context.plan.team, context.role).replace(/\n/g, ', '));
	return {
		text: [
			{ text: `Provision ${number}: `, bold: true, color: colours.provision },
			`${who} · ${howOften(item) ?? `how often ${NOT_GIVEN.toLowerCase()}`}`
		],
		margin: [0, 0, 0, 3]
	};
}

/** "Aspiration 1", "Aspirations 1 and 3". */
function hopesText(numbers: readonly number[]): string {
	return `${numbers.length === 1 ? 'Aspiration' : 'Aspirations'} ${joinNumbers(numbers)}`;
}

/** One row of the thread, with the text of each cell to judge its height. */
interface ThreadRow {
	cells: TableCell[];
	texts: string[];
}

/** A row: the hopes and needs behind an outcome, the outcome, and the provision for it. */
function threadRow(
	hopeNumbers: readonly number[],
	needNumbers: readonly number[],
	outcome: { cell: Content; text: string },
	provision: readonly Numbered<Provision>[],
	context: PdfContext
): ThreadRow {
	const needs = needLines(needNumbers, context.refs.needs);
	// A few provisions each with who and how often; many by number (the provision table has the rest).
	const many = provision.length > LINKS_WITH_WORDS;
	const lines = many
		? [`Provisions ${joinNumbers(provision.map(({ number }) => number))}`]
		: provision.map((entry) => provisionLine(entry, context));
	return {
		cells: [
			hopeNumbers.length > 0 ? hopesText(hopeNumbers) : muted('None linked'),
			needs.length > 0 ? { stack: needs.map((text) => ({ text, margin: [0, 0, 0, 3] })) } : muted('None linked'),
			outcome.cell,
			lines.length > 0 ? { stack: lines } : muted('None yet')
		],
		texts: [
			hopesText(hopeNumbers),
			needs.join('\n'),
			outcome.text,
			many
				? String(lines[0])
				: provision
						.map(({ item }) => `Provision 10: ${providerText(item, context.plan.team)} · ${howOften(item)}`)
						.join('\n')
		]
	};
}

/**
 * The thread as one table, a row for each outcome: the hopes it works towards, the needs it meets,
 * the outcome with its target date, and the provision that serves it with who gives it and how often.
 * Hopes, needs and provision linked to no outcome share a last row.
 */
function threadTable(context: PdfContext): Content {
	const { refs } = context;
	const rows: ThreadRow[] = refs.outcomes.map(({ item, number }) => {
		const by = item.targetDate ? `By ${formatUkDate(item.targetDate)}` : `Target date: ${NOT_GIVEN.toLowerCase()}`;
		const cell: Content = {
			stack: [
				{ text: `Outcome ${number}`, bold: true, color: colours.outcome },
				context.glossary.within(item.text),
				{ text: by, bold: true }
			]
		};
		return threadRow(
			linkedNumbers(item.aspirationIds, refs.aspirationNumber),
			linkedNumbers(item.needIds, refs.needNumber),
			{ cell, text: `Outcome ${number}\n${item.text}\n${by}` },
			refs.provision.filter((entry) => entry.item.outcomeIds.includes(item.id)),
			context
		);
	});
	const served = (id: string, key: 'aspirationIds' | 'needIds') =>
		refs.outcomes.some(({ item }) => item[key].includes(id));
	const outcomeIds = new Set(refs.outcomes.map(({ item }) => item.id));
	const looseHopes = refs.aspirations.filter(({ item }) => !served(item.id, 'aspirationIds'));
	const looseNeeds = refs.needs.filter(({ item }) => !served(item.id, 'needIds'));
	const looseProvision = refs.provision.filter(({ item }) => !item.outcomeIds.some((id) => outcomeIds.has(id)));
	if (looseHopes.length + looseNeeds.length + looseProvision.length > 0) {
		rows.push(
			threadRow(
				looseHopes.map(({ number }) => number),
				looseNeeds.map(({ number }) => number),
				{ cell: muted('No outcome linked yet'), text: 'No outcome linked yet' },
				looseProvision,
				context
			)
		);
	}
	if (refs.outcomes.length === 0 && rows.length === 0) return muted('Nothing has been written in the plan yet.');
	const table = dataTable(
		GLANCE_HEADERS,
		rows.map((row) => row.cells),
		WIDTHS
	);
	table.style = 'glanceCell';
	// Keep each row on one page, and the header row with the first, unless a row could be taller than
	// a page (pdfmake would lose it).
	table.table.dontBreakRows = rows.every((row) =>
		rowFits(
			row.texts.map((text, index) => ({ text, width: TEXT_WIDTHS[index] ?? 100 })),
			ROW_KEPT_HEIGHT,
			10
		)
	);
	if (table.table.dontBreakRows) table.table.keepWithHeaderRows = 1;
	return table;
}

/** Who to contact about the plan: the SENCo, else the first of the team outside the family with contact details. */
export function contacts(team: readonly TeamMember[]): TeamMember[] {
	const reachable = team.filter((member) => !FAMILY_ROLES.has(member.role) && (member.email || member.phone));
	const sencos = reachable.filter((member) => member.role === 'senco');
	return sencos.length > 0 ? sencos : reachable.slice(0, 1);
}

/** The next review and whom to contact, below the table. */
function reviewAndContact(context: PdfContext): Content[] {
	const { plan } = context;
	const review = plan.plan.reviewDate ? formatUkDate(plan.plan.reviewDate) : NOT_GIVEN;
	const people = contacts(plan.team);
	const label = (text: string): Content => ({ text, style: 'fieldLabel' });
	return [
		{ text: [label('Next review of the plan: '), { text: review, bold: true }], style: 'field', margin: [0, 4, 0, 3] },
		{
			text: [
				label('Who to contact: '),
				...(people.length > 0
					? people.flatMap((member, index): Content[] => [
							index > 0 ? '; ' : '',
							{ text: member.name, bold: true },
							`, ${[context.role(member), member.organisation].filter(Boolean).join(', ')}: `,
							[member.email, member.phone].filter(Boolean).join(', ')
						])
					: [`no contact details are in the plan yet: ask ${plan.child.setting ?? 'the school or setting'}.`])
			],
			style: 'field'
		}
	];
}

/**
 * The plan at a glance, on page 1 under the title and the aspirations: the thread as one table, the
 * next review and who to contact. The detail follows.
 */
export function atAGlanceSection(context: PdfContext): Content[] {
	return [
		withRole('H2', { text: 'The plan at a glance', style: 'subheading', outline: true, margin: [0, 8, 0, 2] }),
		{
			text: `What ${context.name} will be able to do and by when (the outcomes), the hopes and needs behind each, and the ${context.glossary.term('provision')} for it.`,
			style: 'gloss',
			margin: [0, 0, 0, 0]
		},
		threadTable(context),
		...reviewAndContact(context)
	];
}
