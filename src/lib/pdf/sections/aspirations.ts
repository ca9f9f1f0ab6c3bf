import type { Content } from 'pdfmake/interfaces';
import type { Aspiration } from '../../plan/document';
import { saidLabel } from '../../plan/said-label';
import type { PdfContext } from '../context';
import type { Numbered } from '../references';
import { colours } from '../theme';
import { withRole } from '../tags';

/**
 * One aspiration: its label ("Aspiration 1", in the layer's colour but never colour alone), its
 * words in quotation marks, and who said them ("Grace said").
 */
export function aspirationLine({ item, number }: Numbered<Aspiration>, { plan }: PdfContext): Content {
	const said = saidLabel(item, plan.child);
	return {
		text: [
			{ text: `Aspiration ${number}  `, style: 'itemLabel', color: colours.aspiration },
			`“${item.text}”`,
			said ? { text: `  ${said}`, style: 'small' } : ''
		],
		style: 'quote',
		margin: [0, 0, 0, 3]
	};
}

/**
 * The aspirations, at the top of page 1 and nowhere else in full: "In Sarah's words", the child's
 * own, then what others hope for the child. Numbered as the rest of the plan names them.
 */
export function aspirationsSection(context: PdfContext): Content[] {
	const { refs, name } = context;
	const own = refs.aspirations.filter(({ item }) => item.voice === 'child');
	const others = refs.aspirations.filter(({ item }) => item.voice !== 'child');
	const muted = (text: string): Content => ({ text, italics: true, color: colours.muted });
	return [
		withRole('H2', { text: `In ${name}’s words`, style: 'subheading', outline: true, margin: [0, 4, 0, 3] }),
		...(own.length > 0
			? own.map((entry) => aspirationLine(entry, context))
			: [muted(`Nothing in ${name}’s own words has been written down yet.`)]),
		...(others.length > 0
			? [
					withRole('H3', { text: `What others hope for ${name}`, style: 'fieldLabel', margin: [0, 3, 0, 2] }),
					...others.map((entry) => aspirationLine(entry, context))
				]
			: [])
	];
}
