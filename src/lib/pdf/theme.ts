/**
 * How the PDF looks: the typeface, the type scale, the spacing and the colour of each layer of the
 * thread. A family reads this at the kitchen table, often on a phone: generous sizes and spacing,
 * dark text on white, and every colour backed by a word (never colour alone).
 */
import type { StyleDictionary } from 'pdfmake/interfaces';

/** The font family name the document uses (registered by `fonts.ts`). */
export const FONT = 'NotoSans';

/** Colours, each at least 4.5:1 against white (most above 7:1). */
export const colours = {
	text: '#1b1b1b',
	muted: '#4a4a4a',
	rule: '#8a8a8a',
	tableHeader: '#eeeeee',
	tableStripe: '#f7f7f7',
	/** The layers of the thread, as in the app (each always with its label). */
	aspiration: '#6a2c91',
	need: '#9a3b00',
	outcome: '#1d6b36',
	provision: '#1c4f91',
	draft: '#a1161b'
} as const;

/** The thread's four layers, which each get a colour and a label wherever they appear. */
export type Layer = 'aspiration' | 'need' | 'outcome' | 'provision';

/** A4, with room above and below for the running header and footer (in points). */
export const PAGE_MARGINS: [number, number, number, number] = [54, 86, 54, 56];

/** The text styles the sections use, by name. */
export const styles: StyleDictionary = {
	title: { fontSize: 22, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 4] },
	subtitle: { fontSize: 13, color: colours.muted, margin: [0, 0, 0, 10] },
	sectionHeading: { fontSize: 16, bold: true, lineHeight: 1.15, margin: [0, 10, 0, 1] },
	gloss: { fontSize: 10.5, italics: true, color: colours.muted, margin: [0, 0, 0, 6] },
	subheading: { fontSize: 12.5, bold: true, margin: [0, 6, 0, 2] },
	itemLabel: { fontSize: 10.5, bold: true },
	itemText: { fontSize: 11.5, lineHeight: 1.25 },
	quote: { fontSize: 12, lineHeight: 1.25 },
	fieldLabel: { fontSize: 10.5, bold: true, color: colours.muted },
	field: { fontSize: 11, lineHeight: 1.25 },
	tableHeader: { fontSize: 10, bold: true },
	tableCell: { fontSize: 10, lineHeight: 1.2 },
	glanceCell: { fontSize: 10, lineHeight: 1.2 },
	small: { fontSize: 9.5, color: colours.muted },
	pageHeader: { fontSize: 10, color: colours.text },
	pageFooter: { fontSize: 10, color: colours.text }
};

/** The default text style: the body size, line height and colour. */
export const defaultStyle = {
	font: FONT,
	fontSize: 11,
	lineHeight: 1.25,
	color: colours.text
};
