import type { SaidBy, Voice } from './schema';
import { shortName } from './short-name';

/** Something in someone's own words: an aspiration (with its voice) or an About me entry. */
export interface SaidItem {
	voice?: Voice;
	saidBy?: SaidBy;
}

type ChildNames = { firstName: string; knownAs?: string };

/** The name of whoever said it ("Grace", "Sarah"), when the plan knows who; undefined when it does not. */
export function speakerName(item: SaidItem, child: ChildNames): string | undefined {
	const childName = child.knownAs ?? child.firstName;
	if (item.saidBy) return item.saidBy.child ? childName : shortName(item.saidBy.name);
	return item.voice === 'child' ? childName : undefined;
}

/**
 * The one phrase for who said something, in the plan and in a meeting alike: "Grace said", "Sarah said
 * (with her key worker)".
 */
export function saidPhrase(name: string, supportedBy: string | null | undefined): string {
	return supportedBy ? `${name} said (with ${supportedBy})` : `${name} said`;
}

/**
 * Who said it, as the plan shows it beside the words: "Grace said", "Sarah said", "Sarah said (with her
 * key worker)". Words recorded before speakers were named fall back on their voice, without guessing
 * at a relationship we do not know; an About me entry from then has no label at all.
 */
export function saidLabel(item: SaidItem, child: ChildNames): string | undefined {
	const who = speakerName(item, child);
	if (who) return saidPhrase(who, item.saidBy?.with);
	if (item.voice === 'parent-carer') return 'A parent or carer said';
	if (item.voice === 'professional') return 'A professional said';
	return undefined;
}
