import type { PlanDocument } from '../plan/schema';
import type { EasyReadLayer } from './pictures';
import { keepsEasyReadRule } from './sentences';

/** A layer of the thread, whose items each get Easy Read words. */
export type ThreadLayer = Exclude<EasyReadLayer, 'review'>;

/** An item of the thread, as the Easy Read writer and the checker rule see it. */
export interface EasyReadItem {
	layer: ThreadLayer;
	id: string;
	/** Its number in its layer, from 1. */
	number: number;
	/** Its own words in the plan. */
	text: string;
}

/** What each layer's item is called: "need 2". */
export const layerNames: Readonly<Record<ThreadLayer, string>> = {
	aspiration: 'aspiration',
	need: 'need',
	outcome: 'outcome',
	provision: 'provision'
};

/** Every aspiration, need, outcome and provision, in the thread's order. */
export function easyReadItems(
	plan: Pick<PlanDocument, 'aspirations' | 'needs' | 'outcomes' | 'provision'>
): EasyReadItem[] {
	const layer = (name: ThreadLayer, items: readonly { id: string; text: string }[]) =>
		items.map((item, index) => ({ layer: name, id: item.id, number: index + 1, text: item.text }));
	return [
		...layer('aspiration', plan.aspirations),
		...layer('need', plan.needs),
		...layer('outcome', plan.outcomes),
		...layer('provision', plan.provision)
	];
}

/**
 * Where an item's Easy Read version stands: its own words written; none written, but its own text already
 * keeps the rule; none, and it needs one; or written for an earlier text of the item.
 */
export type EasyReadState = 'written' | 'already-easy-read' | 'needs-version' | 'changed';

export const easyReadStateLabels: Readonly<Record<EasyReadState, string>> = {
	written: 'Easy Read words written',
	'already-easy-read': 'Its own words are already Easy Read',
	'needs-version': 'Needs an Easy Read version',
	changed: 'The item has changed since its Easy Read words were written — check they still say the same'
};

/** The state of `item`, given its stored Easy Read words (a row with no words holds only a picture). */
export function easyReadState(
	item: Pick<EasyReadItem, 'text'>,
	stored: { text: string | null; source_text: string } | undefined
): EasyReadState {
	if (stored?.text) return stored.source_text === item.text ? 'written' : 'changed';
	return keepsEasyReadRule(item.text) ? 'already-easy-read' : 'needs-version';
}
