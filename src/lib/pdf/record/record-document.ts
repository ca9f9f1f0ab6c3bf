/**
 * The document a record is printed in (a review's, a meeting's): A4, page numbers in the footer, its
 * headings known by their styles for a screen reader, dated the day given (never the clock). Then one
 * render with the PDF's fonts.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isIsoDate, toUtcDate } from '../../dates/iso-date';
import { preparedPdfmake } from '../fonts';
import { pageFooter } from '../sections/page-footer';
import { headingsByStyle, taggedDocument, type HeadingRole } from '../tags';
import { defaultStyle, PAGE_MARGINS, styles } from '../theme';

/** A record's headings, by their style: its title, its sections, and the parts within them. */
const RECORD_HEADINGS: Record<string, HeadingRole> = { title: 'H1', sectionHeading: 'H2', subheading: 'H3' };

/** What a record's metadata says: its title, who made it (the organisation), and the day it is dated. */
export interface RecordInfo {
	title: string;
	author: string;
	today: string;
}

export function recordPdfDefinition(content: Content[], { title, author, today }: RecordInfo): TDocumentDefinitions {
	if (!isIsoDate(today)) throw new RangeError('a record’s PDF needs today as an ISO date');
	const date = toUtcDate(today);
	return {
		pageSize: 'A4',
		pageMargins: PAGE_MARGINS,
		language: 'en-GB',
		displayTitle: true,
		info: {
			title,
			author,
			creator: 'Golden Thread',
			producer: 'Golden Thread (pdfmake)',
			creationDate: date,
			modDate: date
		},
		defaultStyle,
		styles,
		footer: (page, pages) => pageFooter(page, pages),
		content: taggedDocument(headingsByStyle(content, RECORD_HEADINGS))
	};
}

/** The PDF's bytes. */
export async function renderRecordPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
	const buffer = await preparedPdfmake().createPdf(definition).getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
