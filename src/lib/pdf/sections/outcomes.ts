import type { Content } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { Outcome } from '../../plan/document';
import { field, itemHeading, keepTogether, keepTogetherIfShort, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { linkLines, needLines } from '../links';
import { linkedNumbers, type References } from '../references';
import { colours } from '../theme';
import { NOT_GIVEN } from '../text';

/**
 * An outcome's steps under the label "Steps along the way", the first on the label's line, each
 * labelled "Step 1" and followed by its target date.
 */
export function stepsList(outcome: Outcome, words: (text: string) => string = (text) => text): Content {
	return {
		stack: outcome.steps.map((step, index) => ({
			text: [
				index === 0 ? { text: 'Steps along the way: ', style: 'fieldLabel' } : '',
				{ text: `Step ${index + 1}: `, bold: true },
				words(step.text),
				{ text: step.targetDate ? ` By ${formatUkDate(step.targetDate)}.` : '', bold: true }
			],
			margin: [0, 0, 0, 4]
		})),
		style: 'field',
		margin: [15, 1, 0, 4]
	};
}

/** The parts of one outcome, so that the section can decide what to keep on one page. */
export interface OutcomeBlock {
	/** The heading (label and text) and the target date: always short enough to keep together. */
	opening: Content[];
	/** How we will know, the aspirations it works towards and the needs it addresses. */
	fields: Content[];
	/** "Steps along the way" and the numbered steps, which may run over pages. */
	steps: Content[];
}

/**
 * One outcome: what the child will be able to do, its target date, how we will know (success
 * criteria), the aspirations it works towards and the needs it addresses, and its steps.
 */
export function outcomeBlock(
	outcome: Outcome,
	number: number,
	refs: References,
	words: (text: string) => string = (text) => text
): OutcomeBlock {
	const aspirations = linkLines(
		'Aspiration',
		'Aspirations',
		linkedNumbers(outcome.aspirationIds, refs.aspirationNumber),
		refs.aspirations,
		true
	);
	const needs = needLines(linkedNumbers(outcome.needIds, refs.needNumber), refs.needs);
	// In the order they print, so that a word of the trade is explained where it is first used.
	const opening = [
		itemHeading('outcome', `Outcome ${number}`, words(outcome.text)),
		field('Target date', outcome.targetDate ? formatUkDate(outcome.targetDate) : NOT_GIVEN)
	];
	const fields: Content[] = [
		field('How we will know', outcome.successCriteria ? words(outcome.successCriteria) : NOT_GIVEN),
		field('Works towards', aspirations.length > 0 ? aspirations.join('\n') : 'No aspiration linked yet'),
		...(needs.length > 0 ? [field('Addresses', needs.join('\n'))] : [])
	];
	return {
		opening,
		fields,
		steps: outcome.steps.length > 0 ? [stepsList(outcome, words)] : []
	};
}

/** The outcomes, each naming what it serves, with its target date, success criteria and steps. */
export function outcomesSection({ refs, name, glossary }: PdfContext): Content[] {
	const heading = sectionHeading(
		'Outcomes',
		`An outcome is what ${name} will be able to do, and by when. Each one works towards ${name}’s hopes.`
	);
	if (refs.outcomes.length === 0) {
		return [
			keepTogether(...heading, { text: 'No outcomes have been written yet.', italics: true, color: colours.muted })
		];
	}
	return refs.outcomes.flatMap(({ item, number }, index) => {
		const block = outcomeBlock(item, number, refs, glossary.within);
		const opening = [...(index === 0 ? heading : []), ...block.opening];
		// The heading, the outcome's words and its date stay together (when short enough to be sure
		// they fit); what follows flows on, so that a page is not left half empty before a long outcome.
		return [...keepTogetherIfShort(item.text.length + 200, ...opening), ...block.fields, ...block.steps];
	});
}
