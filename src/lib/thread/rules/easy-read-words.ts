import { easyReadItems, easyReadState, layerNames } from '../../easy-read/easy-read-items';
import { EASY_READ_MOST_WORDS, longSentences } from '../../easy-read/sentences';
import { quote } from '../quote';
import { defineRule } from '../rule';

type Data =
	| { kind: 'long'; item: string; sentence: string; words: number }
	| { kind: 'missing'; count: number; childName: string };

/**
 * The plan's Easy Read version, where its words are loaded (`ThreadContext.easyRead`) and some are
 * written: Easy Read words with a sentence over 15 words, and items with neither Easy Read words nor
 * own words that are already Easy Read.
 */
export const easyReadWords = defineRule<Data>({
	id: 'easy-read-words',
	severity: 'warning',
	description: `The child’s Easy Read version of the plan: Easy Read words with a sentence longer than ${EASY_READ_MOST_WORDS} words, and items with no Easy Read words whose own words are not Easy Read either, so the Easy Read plan leaves them out. Checked on the plan’s check page once some Easy Read words have been written.`,
	message: (data) =>
		data.kind === 'long'
			? `The Easy Read words of ${data.item} have a sentence of ${data.words} words: ${quote(data.sentence)}. Split it so that no sentence has more than ${EASY_READ_MOST_WORDS} words.`
			: `${data.count} ${data.count === 1 ? 'item has' : 'items have'} no Easy Read version, so ${data.childName}’s Easy Read plan leaves ${data.count === 1 ? 'it' : 'them'} out. Write Easy Read words for ${data.count === 1 ? 'it' : 'them'} with ${data.childName}.`,
	check({ plan, easyRead, childName }, report) {
		// A plan with no Easy Read words has not begun its Easy Read version: nothing to report yet.
		if (!easyRead || easyRead.size === 0) return;
		let missing = 0;
		for (const item of easyReadItems(plan)) {
			const words = easyRead.get(item.id);
			for (const long of words ? longSentences(words) : [])
				report(
					{ kind: item.layer, id: item.id },
					{ kind: 'long', item: `${layerNames[item.layer]} ${item.number}`, sentence: long.sentence, words: long.words }
				);
			if (easyReadState(item, words ? { text: words, source_text: item.text } : undefined) === 'needs-version')
				missing += 1;
		}
		if (missing > 0) report({ kind: 'plan' }, { kind: 'missing', count: missing, childName });
	}
});
