import type { Content } from 'pdfmake/interfaces';
import { PAGE_MARGINS } from '../theme';

/** "Page 2 of 5". */
export function pageNumberText(page: number, pages: number): string {
	return `Page ${page} of ${pages}`;
}

/** The running footer of every page: "Confidential" on the left, "Page 2 of 5" on the right. */
export function pageFooter(page: number, pages: number): Content {
	const [left, , right] = PAGE_MARGINS;
	return {
		margin: [left, 20, right, 0],
		columns: [
			{
				width: '*',
				text: [{ text: 'Confidential', bold: true }, ' · holds personal information: keep it safe'],
				style: 'pageFooter'
			},
			{ width: 'auto', text: pageNumberText(page, pages), bold: true, style: 'pageFooter' }
		]
	};
}
