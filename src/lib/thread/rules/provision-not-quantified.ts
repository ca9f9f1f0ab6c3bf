import { quote } from '../quote';
import { defineRule } from '../rule';

/** The provision lacks how often (sessions per period) or for how long (minutes). */
export const provisionNotQuantified = defineRule<{ text: string; missing: string[] }>({
	id: 'provision-not-quantified',
	severity: 'warning',
	description:
		'A piece of provision does not say how often it happens or for how long: the number of sessions, per day, week, month, term or year, and the minutes of each session.',
	message: ({ text, missing }) =>
		`The provision ${quote(text)} does not say ${listed(missing)}. Add ${missing.length === 1 ? 'it' : 'them'}, so everyone knows how much support there is.`,
	check({ plan }, report) {
		for (const provision of plan.provision) {
			const missing: string[] = [];
			if (provision.sessions === undefined) missing.push('how many sessions');
			if (provision.per === undefined) missing.push('how often (per day, week, month, term or year)');
			if (provision.minutes === undefined) missing.push('how many minutes each session lasts');
			if (missing.length > 0) report({ kind: 'provision', id: provision.id }, { text: provision.text, missing });
		}
	}
});

function listed(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
