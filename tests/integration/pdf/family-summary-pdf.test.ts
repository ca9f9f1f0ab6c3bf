/**
 * The family summary, rendered as the server's PDF workers render it (pdfmake patches in), read back
 * with pdfjs. pdfjs gives a line's text in pieces, each piece in its own logical order; a line with
 * Arabic in it is read right to left, so its pieces are joined from the right.
 *
 * Arabic is compared by its letters' skeletons: Noto Naskh Arabic draws a dotted letter as a dotless
 * shape several letters share (ب ت ث ن ي have one) plus its dots, and a PDF can map a glyph back to one
 * text only, so the text layer gives the shape back as whichever of its letters came first, and the dots
 * as stray characters: a dot or hamza glyph has no text, so pdfjs gives its number in the font's subset
 * as a character ('4', '%', 'B', control characters), in or beside the word it marks. `skeleton` drops
 * control characters and a lone character that is not Arabic between two Arabic letters (the same on
 * both sides of the comparison, so a lone digit between Arabic words goes too; longer numbers stay),
 * keeps letters and digits only, each letter as its shape's group, and drops spaces (pdfjs puts some
 * where dots sit); the words, their order and the digits still must match.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageFile } from '../../../src/lib/family-language';
import type { ItemTranslation } from '../../../src/lib/family-language/summary';
import { renderFamilySummaryPdf } from '../../../src/lib/family-language/summary-pdf';
import { applyPdfmakePatches } from '../../../src/lib/server/pdf/pdfmake-patches/index';
import { fixturePlan } from '../../unit/pdf/fixtures';

const OPTIONS = { today: '2027-03-14', author: 'Riverside Academy' };
const ARABIC = /\p{Script_Extensions=Arabic}/u;

interface Item {
	str: string;
	transform: number[];
}

/** Each page's lines, top to bottom, in their logical order. */
async function logicalLines(bytes: Uint8Array): Promise<string[][]> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
	const pages: string[][] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const items = (await page.getTextContent()).items.filter(
			(item): item is Item & typeof item => 'str' in item && item.str !== ''
		) as Item[];
		// A line's marks and dots sit a little above or below its letters: items within 6 points of a
		// row's first item are on that row.
		const rows = new Map<number, Item[]>();
		for (const item of items) {
			const y = item.transform[5] ?? 0;
			const row = [...rows.keys()].find((top) => Math.abs(top - y) < 6) ?? y;
			rows.set(row, [...(rows.get(row) ?? []), item]);
		}
		pages.push(
			[...rows.entries()]
				.sort(([a], [b]) => b - a)
				.map(([, row]) => {
					const rightToLeft = row.some((item) => ARABIC.test(item.str));
					const x = (item: Item) => item.transform[4] ?? 0;
					return row
						.sort((a, b) => (rightToLeft ? x(b) - x(a) : x(a) - x(b)))
						.map((item) => item.str)
						.join('')
						.replace(/\s+(?=\p{M})/gu, '')
						.replace(/\s+/g, ' ')
						.trim();
				})
		);
		page.cleanup();
	}
	await document.destroy();
	return pages;
}

/** Letters that share a shape in Noto Naskh Arabic, each group written as its first. */
const SHAPES = ['بتثنيىئیپٹ', 'جحخچ', 'دذڈ', 'رزڑژ', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'هةۃہ', 'اأإآٱ', 'وؤ', 'كک'];

function skeleton(text: string): string {
	let out = '';
	const marked = text
		.normalize('NFC')
		.replace(/\p{Cc}/gu, '')
		.replace(/(?<=\p{Script=Arabic}\s*)[^\p{Script=Arabic}\s](?=\s*\p{Script=Arabic})/gu, '');
	for (const character of marked) {
		if (!/[\p{L}\p{N}]/u.test(character)) continue;
		const shape = SHAPES.find((group) => group.includes(character));
		out += shape ? shape[0] : character;
	}
	return out;
}

const translation = (text: string): ItemTranslation => ({
	text,
	translatedByName: 'Amina Hassan',
	translatedOn: '2027-01-10'
});

async function summary(code: string, translations: Array<[string, ItemTranslation]>) {
	const language = languageFile(code);
	if (!language) throw new Error(code);
	return logicalLines(await renderFamilySummaryPdf(fixturePlan('sarah'), language, translations, OPTIONS));
}

beforeAll(() => {
	applyPdfmakePatches();
});

describe('the family summary in Arabic', () => {
	let pages: string[][];
	beforeAll(async () => {
		pages = await summary('ar', [
			['a1', translation('أريد أن يكون لي أصدقاء.')],
			['p3', translation('مجموعة صغيرة في وقت الغداء مع شخص بالغ قريب، تساعد سارة على تكوين صداقات جديدة مع زملائها.')]
		]);
	});

	it('gives back its headings, dates and the interpreter’s words in their logical order', () => {
		const text = skeleton(pages.flat().join(''));
		for (const phrase of [
			'ملخص خطة Sarah للعائلة',
			'أُعدّ في 14 مارس 2027.',
			'الأمنية 1',
			'ما الذي يجعل ذلك صعبًا',
			'أريد أن يكون لي أصدقاء.',
			'مرتين في الأسبوع',
			'30 دقيقة في كل مرة',
			'بحلول 3 أكتوبر 2028.',
			'ترجمه Amina Hassan في 10 يناير 2027.'
		])
			expect(text).toContain(skeleton(phrase));
		expect(pages.flat()).toContain('I want to have friends.');
	});

	it('wraps a long translation into lines, losing none of its words', () => {
		// Word by word: where a line's letters carry many dots, pdfjs gives them in pieces that overlap.
		const text = skeleton(pages.flat().join(''));
		const long = 'مجموعة صغيرة في وقت الغداء مع شخص بالغ قريب، تساعد سارة على تكوين صداقات جديدة مع زملائها.';
		for (const word of long.split(' ')) expect(text).toContain(skeleton(word));
	});

	it('has more than one page, each with the notice in Arabic and English and its page number', () => {
		expect(pages.length).toBeGreaterThan(1);
		for (const [index, lines] of pages.entries()) {
			const text = skeleton(lines.join(''));
			expect(text).toContain(skeleton('هذه ترجمة. الخطة باللغة الإنجليزية هي المعتمدة.'));
			expect(text).toContain(skeleton('الصفحة'));
			expect(lines).toContain(`Page ${index + 1} of ${pages.length}`);
			expect(lines).toContain('This is a translation. The English plan is the one that counts.');
		}
	});

	it('says, in both languages, that no fluent speaker has checked its words', () => {
		expect(skeleton(pages[0]?.join('') ?? '')).toContain(skeleton('لم يراجع هذه الترجمة بعد متحدث يتقن اللغة.'));
		expect(pages[0]).toContain('This translation has not yet been checked by a fluent speaker.');
	});
});

describe('the family summary in Polish', () => {
	it('reads back in Polish and English, with the header on every page', async () => {
		const pages = await summary('pl', [['a1', translation('Chcę mieć przyjaciół.')]]);
		for (const lines of pages) {
			expect(lines).toContain('To jest tłumaczenie. Obowiązuje plan w języku angielskim.');
			expect(lines).toContain('This is a translation. The English plan is the one that counts.');
		}
		const all = pages.flat();
		expect(all).toContain('Podsumowanie planu dla rodziny: Sarah');
		expect(all).toContain('Sporządzono 14 marca 2027.');
		expect(all).toContain('Chcę mieć przyjaciół.');
		expect(all).toContain('Przetłumaczył(a) Amina Hassan, 10 stycznia 2027.');
		expect(all).toContain('2 razy w tygodniu · 30 minut za każdym razem');
		expect(all).toContain('raz w tygodniu · 90 minut za każdym razem');
	});
});
