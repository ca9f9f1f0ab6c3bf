import type { Child, PlanDocument } from '../plan/document';

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
 * The download name of a PDF about a child: their first and last names, what it is and its date,
 * `Sarah-Okafor-review-2027-03-04.pdf`. A name with no Latin letters at all leaves its part out
 * (`review-2027-03-04.pdf`).
 */
export function childPdfFileName(child: Pick<Child, 'firstName' | 'lastName'>, what: string, date: string): string {
	const parts = [fileNamePart(child.firstName), fileNamePart(child.lastName), what, date];
	return `${parts.filter((part) => part !== '').join('-')}.pdf`;
}

/** The download name of a plan's PDF, by its start date: `Sarah-Okafor-support-plan-2026-09-07.pdf`. */
export function planPdfFileName(plan: Pick<PlanDocument, 'child' | 'plan'>): string {
	return childPdfFileName(plan.child, 'support-plan', plan.plan.startDate);
}
