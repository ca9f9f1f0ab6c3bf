import { periodLabels } from './labels';
import { plural } from './plural';
import type { Period } from './schema';

/**
 * How many sessions of provision, and how often when it is said: "1 session", "2 sessions a week".
 * The staff's wording, shared by the form, the thread's list and the PDF (the family's read page says
 * "twice a week" instead).
 */
export function sessionsPhrase(sessions: number, per?: Period): string {
	return per === undefined ? plural(sessions, 'session') : `${plural(sessions, 'session')} ${periodLabels[per]}`;
}
