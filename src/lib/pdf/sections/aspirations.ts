import type { Content } from 'pdfmake/interfaces';
import type { Aspiration, Child } from '../../plan/document';
import { saidLabel } from '../../plan/said-label';
import { itemHeading, keepTogether, keepTogetherIfShort, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { colours } from '../theme';

/** One aspiration: its words in quotation marks, then who said them ("Grace said"). */
export function aspirationBlock(aspiration: Aspiration, number: number, child: Child): Content {
	return itemHeading('aspiration', `Aspiration ${number}`, {
		stack: [
			{ text: `“${aspiration.text}”`, style: 'quote' },
			{ text: saidLabel(aspiration, child) ?? '', style: 'small', margin: [0, 2, 0, 0] }
		]
	});
}

/** The aspirations, each with whose voice it is, the child's own first. */
export function aspirationsSection({ plan, refs, name }: PdfContext): Content[] {
	const heading = sectionHeading(
		'Aspirations',
		`Hopes for the future, in the words of whoever said them. ${name}’s own come first.`
	);
	const blocks = refs.aspirations.map(({ item, number }) => aspirationBlock(item, number, plan.child));
	const [first, ...rest] = blocks;
	if (!first) {
		return [
			keepTogether(...heading, { text: 'No aspirations have been written yet.', italics: true, color: colours.muted })
		];
	}
	const firstText = refs.aspirations[0]?.item.text ?? '';
	return [...keepTogetherIfShort(firstText.length + 200, ...heading, first), ...rest];
}
