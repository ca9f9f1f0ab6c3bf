import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The PDF behind the page's download link, read back: its text, page by page, spaces collapsed. */
export async function downloadedPdf(page: Page): Promise<string[]> {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('link', { name: 'Download my plan (PDF)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^Sarah-Okafor-my-plan-easy-read-\d{4}-\d{2}-\d{2}\.pdf$/);
	const data = new Uint8Array(readFileSync((await download.path())!));
	const pdf = await getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const content = await (await pdf.getPage(number)).getTextContent();
		// Spaces collapsed, no-break ones too (dates are kept on one line with them).
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	await pdf.destroy();
	return pages;
}
