import type { Content } from 'pdfmake/interfaces';
import type { Aspiration } from '../../plan/document';
import { voiceLabels } from '../../plan/labels';
import { itemHeading, keepTogether, keepTogetherIfShort, sectionHeading } from '../blocks';
import type { PdfContext } from '../context';
import { colours } from '../theme';

/** Who said an aspiration, in plain words: "Sarah said", "Parent or carer said". */
export function attribution(aspiration: Aspiration, name: string): string {
	return aspiration.voice === 'child' ? `${name} said` : `${voiceLabels[aspiration.voice]} said`;
}

/** One aspiration: its words in quotation marks, then whose words they are. */
export function aspirationBlock(aspiration: Aspiration, number: number, name: string): Content {
	return itemHeading('aspiration', `Aspiration ${number}`, {
		stack: [
			{ text: `“${aspiration.text}”`, style: 'quote' },
			{ text: attribution(aspiration, name), style: 'small', margin: [0, 2, 0, 0] }
		]
	});
}

/** The aspirations, each with whose voice it is, the child's own first. */
export function aspirationsSection({ refs, name }: PdfContext): Content[] {
	const heading = sectionHeading(
		'Aspirations',
		`Hopes for the future, in the words of whoever said them. ${name}’s own come first.`
	);
	const blocks = refs.aspirations.map(({ item, number }) => aspirationBlock(item, number, name));
	const [first, ...rest] = blocks;
	if (!first) {
		return [
			keepTogether(...heading, { text: 'No aspirations have been written yet.', italics: true, color: colours.muted })
		];
	}
	const firstText = refs.aspirations[0]?.item.text ?? '';
	return [...keepTogetherIfShort(firstText.length + 200, ...heading, first), ...rest];
}
