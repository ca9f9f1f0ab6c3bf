import { describe, expect, it } from 'vitest';
import { rightToLeftLines, visualFragments, wrapLogical } from '../../../src/lib/pdf/scripts/bidi-lines';
import { scriptRuns, textWidth } from '../../../src/lib/pdf/scripts/script-runs';

describe('script runs', () => {
	it('set Latin (Polish, Lithuanian) in Noto Sans, whole', () => {
		expect(scriptRuns('Zażółć gęślą jaźń, kartą per savaitę')).toEqual([
			{ text: 'Zażółć gęślą jaźń, kartą per savaitę', font: 'NotoSans' }
		]);
	});

	it('give Gurmukhi Mukta Mahee and a digit it lacks Noto Sans', () => {
		expect(scriptRuns('ਹਫ਼ਤੇ ਵਿੱਚ 3 ਵਾਰ।')).toEqual([
			{ text: 'ਹਫ਼ਤੇ ਵਿੱਚ ', font: 'MuktaMahee' },
			{ text: '3 ', font: 'NotoSans' },
			{ text: 'ਵਾਰ।', font: 'MuktaMahee' }
		]);
	});

	it('keep Bengali digits and the danda in Noto Sans Bengali, and a name in Noto Sans', () => {
		expect(scriptRuns('সপ্তাহে ৩ বার। Sarah')).toEqual([
			{ text: 'সপ্তাহে ৩ বার। ', font: 'NotoSansBengali' },
			{ text: 'Sarah', font: 'NotoSans' }
		]);
	});

	it('set Arabic and Urdu in Noto Naskh Arabic, a Latin name between in Noto Sans', () => {
		expect(scriptRuns('ترجمه Amina في')).toEqual([
			{ text: 'ترجمه ', font: 'NotoNaskhArabic' },
			{ text: 'Amina ', font: 'NotoSans' },
			{ text: 'في', font: 'NotoNaskhArabic' }
		]);
		expect(scriptRuns('ہفتے میں ایک بار')).toEqual([{ text: 'ہفتے میں ایک بار', font: 'NotoNaskhArabic' }]);
	});

	it('measure a text as the sum of its runs, wider for more words', () => {
		expect(textWidth('ਹਫ਼ਤੇ ਵਿੱਚ 3 ਵਾਰ', 12, false)).toBeGreaterThan(textWidth('ਹਫ਼ਤੇ', 12, false));
		expect(textWidth('Sarah', 12, true)).toBeGreaterThan(textWidth('Sarah', 12, false));
	});
});

describe('right-to-left lines', () => {
	it('order a mixed Arabic line as it is seen, each Arabic word in its own order for fontkit to reverse', () => {
		const fragments = visualFragments('ترجمه (Sarah Jones) — 3 مرات في 14 مارس 2027.');
		expect(fragments.map((fragment) => fragment.text)).toEqual([
			'.',
			'2027',
			' ',
			'مارس',
			' ',
			'14',
			' ',
			'في',
			' ',
			'مرات',
			' ',
			'3',
			' ',
			'—',
			' ',
			// The closing bracket, seen on the left, is drawn as the mirror of the one written.
			'(',
			'Sarah',
			' ',
			'Jones',
			')',
			' ',
			'ترجمه'
		]);
		expect(fragments.find((fragment) => fragment.text === 'Sarah')?.font).toBe('NotoSans');
		expect(fragments.find((fragment) => fragment.text === 'مرات')?.font).toBe('NotoNaskhArabic');
	});

	it('give an Arabic phrase its words right to left', () => {
		expect(visualFragments('هذه ترجمة.').map((fragment) => fragment.text)).toEqual(['.', 'ترجمة', ' ', 'هذه']);
	});

	it('wrap in logical order into lines that fit, losing no word', () => {
		const text = 'هذه ترجمة. الخطة باللغة الإنجليزية هي المعتمدة. '.repeat(4).trim();
		const lines = wrapLogical(text, 150, 11, false);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(textWidth(line, 11, false)).toBeLessThanOrEqual(150);
	});

	it('keep a word longer than the line on a line of its own rather than lose it', () => {
		expect(wrapLogical('قصير كلمةطويلةجدًاجدًاجدًاجدًا قصير', 40, 11, false)).toEqual([
			'قصير',
			'كلمةطويلةجدًاجدًاجدًاجدًا',
			'قصير'
		]);
	});

	it('make each wrapped line its fragments', () => {
		const lines = rightToLeftLines('هذه ترجمة. الخطة باللغة الإنجليزية هي المعتمدة.', 120, 11, false);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines[0]?.at(-1)?.text).toBe('هذه');
	});
});
