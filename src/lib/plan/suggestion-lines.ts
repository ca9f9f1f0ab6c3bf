import { ukDateOf } from '../dates/format-timestamp';
import { shortName } from './short-name';

/** A decided suggestion, as its history line needs it. */
export interface AcceptedChange {
	suggestedBy: string;
	decidedBy: string;
	/** ISO timestamp. */
	decidedAt: string;
	/** Who agreed, when an editor accepted with them ("Sarah, in the review meeting"). */
	decidedWith: string | null;
}

/**
 * The history a changed item keeps: "Changed on 4 December 2026 at Grace’s suggestion, accepted by
 * Grace", or "…, accepted by Mrs Patel with Sarah, in the review meeting".
 */
export function acceptedLine(change: AcceptedChange): string {
	const accepted = `accepted by ${shortName(change.decidedBy)}${change.decidedWith ? ` with ${change.decidedWith}` : ''}`;
	return `Changed on ${ukDateOf(change.decidedAt)} at ${shortName(change.suggestedBy)}’s suggestion, ${accepted}`;
}

/** A suggestion as shown beside the words it would change: "Grace suggests:". */
export function suggestsLine(suggestedBy: string): string {
	return `${shortName(suggestedBy)} suggests:`;
}

/** An open suggestion as a page shows it, with whether (and how) this person may decide it. */
export interface SuggestionView {
	id: string;
	text: string;
	/** "Grace suggests:" */
	heading: string;
	on: string;
	/** Whose words they are, for "Sarah agreed to this change". */
	speaker: string;
	right: 'own' | 'with-them' | null;
}
