/**
 * The checker against the labelled corpus (`tests/fixtures/wording/`): sentences that published
 * guidance calls vague or specific. Targets: precision and recall of "vague" at least 95 %.
 */
import { describe, expect, it } from 'vitest';
import { goodWording } from '$lib/thread/wording/good-wording';
import { readWording, wordingKinds } from '$lib/thread/wording/read-wording';
import { loadCorpus, scoreCorpus } from '../../fixtures/wording/corpus';

const corpus = loadCorpus();
const TARGET = 0.95;

describe('the wording corpus', () => {
	it('holds at least 100 sentences, about half vague and half specific, with no sentence twice', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(100);
		const vague = corpus.filter((entry) => entry.label === 'vague').length;
		expect(vague / corpus.length).toBeGreaterThanOrEqual(0.45);
		expect(vague / corpus.length).toBeLessThanOrEqual(0.55);
		const texts = corpus.map((entry) => entry.text.trim().toLowerCase());
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('cites a published source for each sentence, from many sites', () => {
		const sites = new Set(corpus.map((entry) => new URL(entry.source.url).hostname.replace(/^www\./, '')));
		expect(sites.size).toBeGreaterThanOrEqual(20);
	});

	it('holds provision, outcomes and steps, and specific sentences with the words the rules look for', () => {
		for (const kind of ['provision', 'outcome', 'step'] as const) {
			expect(corpus.filter((entry) => entry.kind === kind).length).toBeGreaterThanOrEqual(20);
		}
		const specific = corpus.filter((entry) => entry.label === 'specific').map((entry) => entry.text);
		for (const word of [/\bshould\b/i, /\bopportunities to\b/i, /\bsupport/i, /\baccess to\b/i, /\bup to\b/i]) {
			expect(
				specific.some((text) => word.test(text)),
				String(word)
			).toBe(true);
		}
	});

	it(`is read with precision and recall of at least ${TARGET * 100} %`, () => {
		const score = scoreCorpus(corpus);
		const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
		console.info(
			`wording corpus: ${score.entries} sentences (${score.vague} vague, ${score.specific} specific); precision ${percent(score.precision)}, recall ${percent(score.recall)}`
		);
		for (const entry of score.missed) console.info(`  missed (vague): ${entry.text}`);
		for (const { entry, findings } of score.wronglyFlagged) {
			console.info(`  flagged (specific): ${entry.text} — ${findings.map((finding) => finding.kind).join(', ')}`);
		}
		expect(score.precision).toBeGreaterThanOrEqual(TARGET);
		expect(score.recall).toBeGreaterThanOrEqual(TARGET);
	});
});

describe('good wording in the messages', () => {
	const specific = new Map(
		corpus.filter((entry) => entry.label === 'specific').map((entry) => [entry.text, entry.kind])
	);

	it.each(wordingKinds)('for %s is specific in the corpus and clean to the checker', (kind) => {
		for (const holder of ['outcome', 'provision'] as const) {
			const text = goodWording[kind][holder];
			const corpusKind = specific.get(text);
			expect(corpusKind, text).toBe(holder === 'provision' ? 'provision' : 'outcome');
			const item =
				holder === 'provision'
					? ({ holder, text, quantified: false, teamMember: false } as const)
					: ({ holder, texts: [{ text }] } as const);
			expect(readWording(item)).toEqual([]);
		}
	});
});
