import type { Finding } from '../../thread/finding';
import type { LoadedPlan, PlanHead } from '../db/plan-load';

/** How many parsed versions one process keeps; the least recently used goes first. */
const capacity = 256;

interface Entry {
	key: string;
	plan: LoadedPlan;
	/** The thread's findings on one day (they depend on the date). */
	findings?: { today: string; findings: Finding[] };
}

const entries = new Map<string, Entry>();

/**
 * What a parsed version was made from: everything in its head that the document shows, and the
 * version's content revision, which every change to its items and links moves on. Read afresh on every
 * request, so any server can answer any request; the counts and times a change also moves are left out.
 */
function keyOf(head: PlanHead): string {
	const { planRow, child, version } = head;
	return JSON.stringify([
		planRow.archived_at,
		child,
		version.id,
		version.revision,
		version.content_revision,
		version.status,
		version.title,
		version.kind,
		version.start_date,
		version.review_date,
		version.agreed_at
	]);
}

/** The parsed version `head` describes, if this process has it; else `load` makes it and it is kept. */
export async function parsedPlan(
	head: PlanHead,
	load: () => Promise<LoadedPlan>
): Promise<{ plan: LoadedPlan; findingsOn: (today: string, check: () => Finding[]) => Finding[] }> {
	const key = keyOf(head);
	let entry = entries.get(head.version.id);
	if (entry?.key === key) {
		entries.delete(head.version.id);
	} else {
		entry = { key, plan: deepFreeze(await load()) };
		if (entries.size >= capacity) entries.delete(entries.keys().next().value!);
	}
	entries.set(head.version.id, entry);
	const kept = entry;
	// The head read just now is the truth for what the key leaves out (counts, times).
	const plan = { ...kept.plan, planRow: head.planRow, child: head.child, version: head.version };
	return {
		plan,
		findingsOn(today, check) {
			if (kept.findings?.today !== today) kept.findings = { today, findings: check() };
			return kept.findings.findings;
		}
	};
}

/** Freezes a value and everything in it: a copy shared by requests must not be changed by one of them. */
function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

/** Forgets every parsed version (for tests that change rows behind the app's back). */
export function forgetParsedPlans(): void {
	entries.clear();
}
