/**
 * Reads an outcome or a provision as a tribunal would, for the wording rules: each kind of vagueness
 * at most once per item, the most telling kind first, and a phrase another kind explains is not
 * counted again as a hedge ("will have access to" is support received, not only a hedge).
 */
import { saysHowLong, saysHowMuch, saysHowOften } from './amount';
import { findUnnamedDeliverer, isGenericDeliverer, namesDeliverer } from './deliverer';
import { findHedges, HEDGE_PHRASES, hedgesFrom } from './hedges';
import { findAchievingPhrase, RECEIVING_PHRASES, receivingFrom } from './layer-confusion';
import { givesMeasure, MEASURELESS_PHRASES, measurelessFrom } from './measure';
import { phraseKinds, scanKinds, wholeText, wordCountAbove, type PhraseMatch } from './phrase-scan';
import { findSupportPhrase } from './support-phrases';
import { findUniversalOffer } from './universal-offers';

/** The kinds of vague wording, the most telling first. */
export const wordingKinds = [
	'outcome-is-provision',
	'provision-is-outcome',
	'universal-offer',
	'deliverer-unnamed',
	'support-without-substance',
	'no-measure',
	'hedge'
] as const;

/** A kind of vague wording. */
export type WordingKind = (typeof wordingKinds)[number];

/** One text of an item: the outcome's or provision's own text, or one of an outcome's steps. */
export interface ItemText {
	text: string;
	/** The step (1 for the first), when the text is one of an outcome's steps. */
	step?: number;
}

/** An outcome, or a provision with what its fields say about how much and who. */
export type WordedItem =
	| { holder: 'outcome'; texts: readonly ItemText[]; successCriteria?: string }
	| {
			holder: 'provision';
			text: string;
			/** Sessions, per and minutes are all given. */
			quantified: boolean;
			/** The "delivered by" field, if given. */
			deliveredBy?: string;
			/** The provision names a member of the team who delivers it. */
			teamMember: boolean;
	  };

/** One kind of vague wording found in an item. */
export interface WordingFinding {
	kind: WordingKind;
	/** The words, as written: the first, then any more of the same kind in the same text. */
	phrases: string[];
	/** The text they are in. */
	text: string;
	step?: number;
}

function overlaps(match: PhraseMatch, claimed: readonly PhraseMatch[]): boolean {
	return claimed.some((other) => match.index < other.end && other.index < match.end);
}

function found(kind: WordingKind, match: PhraseMatch, { text, step }: ItemText): WordingFinding {
	return step === undefined ? { kind, phrases: [match.phrase], text } : { kind, phrases: [match.phrase], text, step };
}

/** The hedges of one text not already explained by another kind, as a finding. */
function hedgesIn(
	part: ItemText,
	hedges: readonly PhraseMatch[],
	claimed: readonly PhraseMatch[]
): WordingFinding | undefined {
	hedges = hedges.filter((match) => !overlaps(match, claimed));
	if (hedges.length === 0) return undefined;
	return { ...found('hedge', hedges[0]!, part), phrases: hedges.map((match) => match.phrase) };
}

const OUTCOME_PHRASES = phraseKinds({
	receiving: RECEIVING_PHRASES,
	measureless: MEASURELESS_PHRASES,
	hedge: HEDGE_PHRASES
});

function readOutcome(texts: readonly ItemText[], successCriteria: string | undefined): WordingFinding[] {
	const byKind = new Map<WordingKind, WordingFinding>();
	const keep = (finding: WordingFinding | undefined) => {
		if (finding && !byKind.has(finding.kind)) byKind.set(finding.kind, finding);
	};
	for (const part of texts) {
		const claimed: PhraseMatch[] = [];
		const claim = (kind: WordingKind, match: PhraseMatch | undefined) => {
			if (match === undefined) return;
			claimed.push(match);
			keep(found(kind, match, part));
		};
		const measuredIn =
			part.step === undefined && successCriteria !== undefined ? [part.text, successCriteria] : [part.text];
		// The longest texts an outcome has are its steps, up to 40,000 of them in a plan: read each once.
		const phrases = scanKinds(part.text, OUTCOME_PHRASES);
		claim('outcome-is-provision', receivingFrom(part.text, phrases.get('receiving')![0]));
		// Not claimed: a short target is measureless as a whole, and may hedge too.
		const promise = measurelessFrom(part.text, phrases.get('measureless')![0], measuredIn);
		if (promise) keep(found('no-measure', promise, part));
		const hedges = hedgesFrom(part.text, phrases.get('hedge')!, () => measuredIn.some(givesMeasure), 'outcome');
		keep(hedgesIn(part, hedges, claimed));
	}
	return [...byKind.values()].sort((a, b) => wordingKinds.indexOf(a.kind) - wordingKinds.indexOf(b.kind));
}

function readProvision(item: Extract<WordedItem, { holder: 'provision' }>): WordingFinding[] {
	const part = { text: item.text };
	const howMuch = item.quantified || saysHowMuch(item.text);
	const named = item.teamMember || (item.deliveredBy !== undefined && !isGenericDeliverer(item.deliveredBy));
	const who = named || namesDeliverer(item.text);
	const findings: WordingFinding[] = [];
	const claimed: PhraseMatch[] = [];
	const claim = (kind: WordingKind, match: PhraseMatch | undefined) => {
		if (match === undefined) return;
		claimed.push(match);
		findings.push(found(kind, match, part));
	};
	claim('provision-is-outcome', findAchievingPhrase(item.text));
	claim('universal-offer', findUniversalOffer(item.text));
	if (!named) claim('deliverer-unnamed', findUnnamedDeliverer(item.text));
	// Support is substantial when its fields or words say how often and how long, or how much and who.
	const substantial = item.quantified || (saysHowOften(item.text) && saysHowLong(item.text)) || (howMuch && who);
	const support = findSupportPhrase(item.text);
	if (support && !substantial) claim('support-without-substance', support);
	else if (support) claimed.push(support);
	else if (findings.length === 0) {
		const few = fewWords(item.text, howMuch || who);
		if (few) findings.push(found('support-without-substance', few, part));
	}
	// A hedge hides something only in vague company: an item that says how much, or who, or gives a
	// measure, reads "opportunities to practise… throughout the school day" as specific.
	const hedges = hedgesIn(
		part,
		findHedges(item.text, () => howMuch || who || givesMeasure(item.text), 'provision'),
		claimed
	);
	if (hedges) findings.push(hedges);
	return findings;
}

/** A provision of a handful of words that says neither how much nor who: "a small group". */
const FEW_WORDS = 4;

function fewWords(text: string, saysMore: boolean): PhraseMatch | undefined {
	if (saysMore || text.trim() === '' || wordCountAbove(text, FEW_WORDS)) return undefined;
	return wholeText(text);
}

/** Each kind of vague wording in `item`, at most once, the most telling first. */
export function readWording(item: WordedItem): WordingFinding[] {
	return item.holder === 'outcome' ? readOutcome(item.texts, item.successCriteria) : readProvision(item);
}
