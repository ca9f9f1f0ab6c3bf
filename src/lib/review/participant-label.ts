import { roleLabels } from '../plan/labels';
import type { Participant } from './review-record';

/** "Grace Okafor (Parent or carer)": someone who took part, as the review page and its PDF list them. */
export function participantLabel(who: Participant): string {
	return `${who.name} (${roleLabels[who.role]})`;
}
