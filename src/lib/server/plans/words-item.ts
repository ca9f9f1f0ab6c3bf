import type { SaidItem } from '../../plan/said-label';
import type { ItemData } from '../db/plan-document-rows';
import type { PlanContext } from './plan-context';

/** The kinds of item that hold someone's own words: aspirations and the About me entries. */
export const wordsKinds = ['aspiration', 'like-and-admire', 'important', 'support'] as const;
export type WordsKind = (typeof wordsKinds)[number];

/** An item of someone's own words in the plan's current version, as stored. */
export interface WordsItem {
	id: string;
	kind: WordsKind;
	revision: number;
	data: ItemData[WordsKind] & SaidItem;
}

const isWordsKind = (kind: string): kind is WordsKind => (wordsKinds as readonly string[]).includes(kind);

/** The item of someone's own words with this id in the plan as this request read it, or undefined. */
export function wordsItem(ctx: Pick<PlanContext, 'items'>, id: string): WordsItem | undefined {
	const row = ctx.items.find((item) => item.id === id);
	if (!row || !isWordsKind(row.kind)) return undefined;
	return { id: row.id, kind: row.kind, revision: row.revision, data: JSON.parse(row.data) as WordsItem['data'] };
}
