import type { SaidItem } from './said-label';

/** Whether the words are the child's own: recorded as the child's, or in the child's voice before speakers were named. */
export function isChildsWords(item: SaidItem): boolean {
	return item.saidBy ? item.saidBy.child === true : item.voice === 'child';
}

/**
 * Whether changing these words must be a suggestion rather than a change. The child's words only ever
 * change by suggestion, whoever writes; words recorded as another named person's too. One's own words,
 * and words from before speakers were named (other than the child's), change directly.
 */
export function changeNeedsSuggestion(item: SaidItem, accountId: string): boolean {
	if (isChildsWords(item)) return true;
	return item.saidBy !== undefined && item.saidBy.accountId !== accountId;
}

/**
 * Who may accept or decline a suggested change to these words: the person who said them, as
 * themselves ('own'); or an editor, with that person, who must record who agreed ('with-them').
 * The child has no account, so their words are always decided with them.
 */
export function decisionRight(
	item: SaidItem,
	decider: { accountId: string; mayEdit: boolean }
): 'own' | 'with-them' | undefined {
	const saidBy = item.saidBy;
	if (saidBy && !saidBy.child && saidBy.accountId === decider.accountId) return 'own';
	return decider.mayEdit ? 'with-them' : undefined;
}
