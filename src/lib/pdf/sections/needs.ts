import type { Content } from 'pdfmake/interfaces';
import { areasOfNeed, type Need } from '../../plan/document';
import { areaOfNeedLabels } from '../../plan/labels';
import {
	field,
	itemHeading,
	KEEP_TOGETHER_MAX_CHARACTERS,
	keepTogether,
	keepTogetherIfShort,
	sectionHeading
} from '../blocks';
import type { PdfContext } from '../context';
import { linkLines } from '../links';
import { linkedNumbers, type Numbered, type References } from '../references';
import { colours } from '../theme';
import { withRole } from '../tags';

/** One need: its heading (kept together with what comes before) and the aspirations it stands in the way of. */
export function needBlock(
	need: Need,
	number: number,
	refs: References,
	words: (text: string) => string = (text) => text
): { opening: Content; rest: Content[] } {
	const linked = linkedNumbers(need.aspirationIds, refs.aspirationNumber);
	const lines = linkLines('Aspiration', 'Aspirations', linked, refs.aspirations, true);
	return {
		opening: itemHeading('need', `Need ${number}`, words(need.text)),
		rest: lines.length > 0 ? [field('Stands in the way of', lines.join('\n'))] : []
	};
}

/** The needs, grouped by area of need in the Code of Practice's order. */
export function needsSection({ refs, name, glossary }: PdfContext): Content[] {
	const heading = sectionHeading(
		'Needs',
		`What makes things harder for ${name} at the moment, grouped by area of need.`
	);
	if (refs.needs.length === 0) {
		return [keepTogether(...heading, { text: 'No needs have been written yet.', italics: true, color: colours.muted })];
	}
	const content: Content[] = [];
	let first = true;
	for (const area of areasOfNeed) {
		const inArea: Numbered<Need>[] = refs.needs.filter(({ item }) => item.area === area);
		const [head, ...rest] = inArea;
		if (!head) continue;
		const areaHeading = withRole('H3', { text: areaOfNeedLabels[area], style: 'subheading' });
		const opening = needBlock(head.item, head.number, refs, glossary.within);
		const headings = [...(first ? heading : []), areaHeading];
		if (head.item.text.length + 300 <= KEEP_TOGETHER_MAX_CHARACTERS) {
			content.push(keepTogether(...headings, opening.opening, ...opening.rest));
		} else {
			// A need this long starts on the page of its headings, but is not bound to it.
			content.push(keepTogether(...headings), opening.opening, ...opening.rest);
		}
		first = false;
		for (const { item, number } of rest) {
			const block = needBlock(item, number, refs, glossary.within);
			content.push(...keepTogetherIfShort(item.text.length + 300, block.opening, ...block.rest));
		}
	}
	return content;
}
