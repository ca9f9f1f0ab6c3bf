import type { PlanDocument } from '../plan/document';

/** Letters that Unicode does not split into a base letter and an accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	Ł: 'L',
	ł: 'l',
	Đ: 'D',
	đ: 'd',
	Ø: 'O',
	ø: 'o',
	Æ: 'AE',
	æ: 'ae',
	Œ: 'OE',
	œ: 'oe',
	ß: 'ss',
	Þ: 'Th',
	þ: 'th',
	Ð: 'D',
	ð: 'd',
	ı: 'i',
	Ħ: 'H',
	ħ: 'h'
};

/** The longest a name may be in a file name, in characters. */
const NAME_PART_LENGTH = 40;

/**
 * A name made safe for a file name in any system: accents dropped ("Zoë" → "Zoe", "Łukasz" →
 * "Lukasz", "Nguyễn" → "Nguyen"), apostrophes removed ("O'Sullivan" → "OSullivan"), anything else
 * that is not a letter or digit turned into a hyphen, and at most 40 characters.
 */
export function fileNamePart(name: string): string {
	return name
		.replace(/[ŁłĐđØøÆæŒœßÞþÐðıĦħ]/gu, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/['’‘`ʼ]/gu, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, NAME_PART_LENGTH)
		.replace(/-+$/g, '');
}

/**
 * The download name of a plan's PDF: the child's first and last names and the plan's start date,
 * `Sarah-Okafor-support-plan-2026-09-07.pdf`. A name with no Latin letters at all leaves its part
 * out (`support-plan-2026-09-07.pdf`).
 */
export function planPdfFileName(plan: Pick<PlanDocument, 'child' | 'plan'>): string {
	const parts = [
		fileNamePart(plan.child.firstName),
		fileNamePart(plan.child.lastName),
		'support-plan',
		plan.plan.startDate
	];
	return `${parts.filter((part) => part !== '').join('-')}.pdf`;
}
