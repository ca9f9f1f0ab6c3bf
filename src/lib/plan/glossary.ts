/**
 * The words of the trade a family may not know ("provision", "SEN support", "EHC plan", "SENCo"),
 * each explained in plain English once: where a PDF, or the meeting's shared screen, first uses it, in
 * its own words or in the plan's. A glossary belongs to one render, and sections ask it in the order
 * they print, so the first to ask gets the explanation. Words in quotation marks (a person's aspiration) are left as they were
 * said.
 */

/** The terms explained. */
export const TERMS = ['provision', 'SEN support', 'EHC plan', 'SENCo'] as const;

/** A term the glossary explains. */
export type Term = (typeof TERMS)[number];

/** What each term means, in plain English, for a plan about the child called `name`. */
export function glosses(name: string): Record<Term, string> {
	return {
		provision: `the support ${name} gets`,
		'SEN support': 'extra help from the school or setting for special educational needs',
		'EHC plan':
			'education, health and care plan: a legal document from the local council that says what support a child must get',
		SENCo: 'special educational needs co-ordinator, who organises this support'
	};
}

/** Hands out each term with its explanation the first time, and bare after that. */
export interface Glossary {
	/** `term`, followed the first time by its explanation in brackets: "SENCo (special educational …)". */
	term(term: Term): string;
	/** The plan's text with the first use in it of each term not yet explained followed by its explanation. */
	within(text: string): string;
}

/** Where a term is used as a word of its own in a text ("SENCo", not "SENCos'"), or -1. */
function indexOfWord(text: string, term: Term): number {
	let from = 0;
	for (;;) {
		const at = text.indexOf(term, from);
		if (at < 0) return -1;
		const before = text[at - 1];
		const after = text[at + term.length];
		if (!/[\p{L}\p{N}]/u.test(before ?? ' ') && !/[\p{L}\p{N}(]/u.test(after ?? ' ')) return at;
		from = at + term.length;
	}
}

/** A new glossary for one render of the plan about `name`, in which no term has been explained yet. */
export function glossary(name: string): Glossary {
	const meanings = glosses(name);
	const explained = new Set<Term>();
	const term = (word: Term): string => {
		if (explained.has(word)) return word;
		explained.add(word);
		return `${word} (${meanings[word]})`;
	};
	return {
		term,
		within(text) {
			let result = text;
			for (const word of TERMS) {
				if (explained.has(word)) continue;
				const at = indexOfWord(result, word);
				if (at >= 0) result = `${result.slice(0, at)}${term(word)}${result.slice(at + word.length)}`;
			}
			return result;
		}
	};
}
