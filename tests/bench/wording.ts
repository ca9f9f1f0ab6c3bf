/**
 * The thread checker's reading of wording against the labelled corpus (`tests/fixtures/wording/`):
 * precision and recall of "vague", overall and for each kind of item.
 */
import { loadCorpus, scoreCorpus, type CorpusEntry } from '../fixtures/wording/corpus';
import type { BenchRow, BenchSuite } from './row';

const TARGET = 0.95;

function rows(label: string, entries: readonly CorpusEntry[], target?: number): BenchRow[] {
	const score = scoreCorpus(entries);
	const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
	const sentences = `${score.entries} sentences, ${score.vague} vague`;
	const targeted = (ratio: number) =>
		target === undefined ? {} : { target: `≥ ${percent(target)}`, met: ratio >= target };
	return [
		{ name: `precision, ${label} (${sentences})`, measured: percent(score.precision), ...targeted(score.precision) },
		{ name: `recall, ${label} (${sentences})`, measured: percent(score.recall), ...targeted(score.recall) }
	];
}

const suite: BenchSuite = {
	title: 'Thread checker wording: labelled corpus',
	async run() {
		const corpus = loadCorpus();
		return [
			...rows('whole corpus', corpus, TARGET),
			...rows(
				'sentences the rules were written against',
				loadCorpus((file) => file.tunedOn)
			),
			...rows(
				'held out: never used to change a rule',
				loadCorpus((file) => !file.tunedOn)
			),
			...rows(
				'provision',
				corpus.filter((entry) => entry.kind === 'provision')
			),
			...rows(
				'outcomes and steps',
				corpus.filter((entry) => entry.kind !== 'provision')
			)
		];
	}
};

export default suite;
