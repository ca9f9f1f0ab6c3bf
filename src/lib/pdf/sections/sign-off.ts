import type { Content, TableCell } from 'pdfmake/interfaces';
import { ukDateOf } from '../../dates/format-timestamp';
import {
	dataTableLayout,
	KEEP_TOGETHER_MAX_CHARACTERS,
	keepTogether,
	keepTogetherIfShort,
	rowFits,
	sectionHeading
} from '../blocks';
import type { AgreementPerson, PdfContext } from '../context';
import { joinWords } from '../text';

/** One row to sign: the person's name and role, then room to sign and date. */
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

/** A line to sign and date for each person who took part in agreeing the plan, and no one else. */
function signatureTable(people: readonly AgreementPerson[], role: PdfContext['role']): Content {
	return {
		table: {
			headerRows: 1,
			keepWithHeaderRows: 1,
			// A row to sign is never split across pages, unless a name so long could not fit on one.
			dontBreakRows: people.every((person) =>
				rowFits([{ text: `${person.name}\n${role(person)}`, width: 200 }], 300, 12)
			),
			widths: ['*', 150, 100],
			heights: (row: number) => (row === 0 ? 'auto' : 30),
			body: [
				[
					{ text: 'Who took part', style: 'tableHeader' },
					{ text: 'Signature', style: 'tableHeader' },
					{ text: 'Date', style: 'tableHeader' }
				],
				...people.map((person) => signRow(person.name, role(person)))
			]
		},
		layout: { ...dataTableLayout, hLineWidth: (index: number) => (index === 0 ? 0 : 1) },
		margin: [0, 6, 0, 0]
	};
}

/** "Sarah Okafor (Child or young person)", with the role as the PDF prints it. */
const personText = (person: AgreementPerson, role: PdfContext['role']) => `${person.name} (${role(person)})`;

/**
 * Agreeing the plan. An agreed plan says when it was agreed and who recorded it, and lists who took
 * part, each with a line to sign; a draft says who will be asked to agree it. No blank lines.
 */
export function signOffSection({ plan, name, agreement, role }: PdfContext): Content[] {
	const heading = (gloss: string | Content[]) => sectionHeading('Agreeing the plan', gloss);
	if (plan.plan.status === 'draft') {
		const team = joinWords(plan.team.map((person) => personText(person, role)));
		return keepTogetherIfShort(
			team.length + 200,
			...heading(`Agreeing the plan shows that the team wrote ${name}’s plan together and will follow it.`),
			{
				text:
					plan.team.length > 0
						? `This plan is a draft. When it is ready, these people will be asked to agree it: ${team}.`
						: 'This plan is a draft. No one has been added to the team yet to agree it.',
				style: 'field'
			}
		);
	}
	if (!agreement) {
		return [keepTogether(...heading(`This plan has been agreed.`))];
	}
	// When and by whom, in the line under the heading, so that the lines to sign fit on the page it starts.
	const signing =
		agreement.tookPart.length > 0
			? `Those who took part sign below to agree ${name}’s plan.`
			: 'Who took part was not recorded.';
	const opening = heading([
		'Agreed on ',
		{ text: ukDateOf(agreement.at), bold: true },
		', recorded by ',
		{ text: agreement.by, bold: true },
		`. ${signing}`
	]);
	if (agreement.tookPart.length === 0) return [keepTogether(...opening)];
	// The whole sign-off on one page when it is sure to fit (a line to sign is as tall as some 100
	// characters of text); else its opening on its own, the lines to sign running on over pages.
	const table = signatureTable(agreement.tookPart, role);
	const characters = agreement.tookPart.reduce(
		(sum, person) => sum + person.name.length + role(person).length + 100,
		300
	);
	return characters <= KEEP_TOGETHER_MAX_CHARACTERS
		? [keepTogether(...opening, table)]
		: [keepTogether(...opening), table];
}
