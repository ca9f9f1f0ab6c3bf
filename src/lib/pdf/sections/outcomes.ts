import type { Content } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { Outcome } from '../../plan/document';
import { field, itemHeading, keepTogether, keepTogetherIfShort, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { linkLines } from '../links';
import { linkedNumbers, type References } from '../references';
import { colours } from '../theme';
import { NOT_GIVEN } from '../text';

/** An outcome's steps, each labelled "Step 1" and followed by its target date. */
export function stepsList(outcome: Outcome): Content {
	return {
		stack: outcome.steps.map((step, index) => ({
			text: [
				{ text: `Step ${index + 1}: `, bold: true },
				step.text,
				{ text: step.targetDate ? ` By ${formatUkDate(step.targetDate)}.` : '', bold: true }
			],
			margin: [0, 0, 0, 4]
		})),
		style: 'field',
		margin: [15, 2, 0, 6]
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
	/** Roughly how many characters the opening and fields hold. */
	characters: number;
}

/**
 * One outcome: what the child will be able to do, its target date, how we will know (success
 * criteria), the aspirations it works towards and the needs it addresses, and its steps.
 */
export function outcomeBlock(outcome: Outcome, number: number, refs: References): OutcomeBlock {
	const aspirations = linkLines(
		'Aspiration',
		'Aspirations',
		linkedNumbers(outcome.aspirationIds, refs.aspirationNumber),
		refs.aspirations,
		true
	);
	const needs = linkLines('Need', 'Needs', linkedNumbers(outcome.needIds, refs.needNumber), refs.needs);
	const fields: Content[] = [
		field('How we will know', outcome.successCriteria ?? NOT_GIVEN),
		field('Works towards', aspirations.length > 0 ? aspirations.join('\n') : 'No aspiration linked yet'),
		...(needs.length > 0 ? [field('Addresses', needs.join('\n'))] : [])
	];
	const characters = [outcome.text, outcome.successCriteria ?? '', ...aspirations, ...needs].reduce(
		(sum, text) => sum + text.length + 40,
		0
	);
	return {
		opening: [
			itemHeading('outcome', `Outcome ${number}`, outcome.text),
			field('Target date', outcome.targetDate ? formatUkDate(outcome.targetDate) : NOT_GIVEN)
		],
		fields,
		steps:
			outcome.steps.length > 0
				? [{ text: 'Steps along the way:', style: 'fieldLabel', margin: [15, 4, 0, 2] }, stepsList(outcome)]
				: [],
		characters
	};
}

/** The outcomes, each naming what it serves, with its target date, success criteria and steps. */
export function outcomesSection({ refs, name }: PdfContext): Content[] {
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
		const block = outcomeBlock(item, number, refs);
		const opening = [...(index === 0 ? heading : []), ...block.opening];
		// A short outcome stays whole up to its steps; a long one keeps at least its heading with its date.
		const kept = keepTogetherIfShort(block.characters, ...opening, ...block.fields);
		if (kept.length === 1) return [...kept, ...block.steps];
		// A long outcome: its heading and date stay together if they are short enough, the rest flows.
		return [...keepTogetherIfShort(item.text.length + 200, ...opening), ...block.fields, ...block.steps];
	});
}
