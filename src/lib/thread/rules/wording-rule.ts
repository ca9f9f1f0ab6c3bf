/** The shape shared by the rules that read an item's words (`../wording/read-wording.ts`). */
import { quote } from '../quote';
import { defineRule, type Rule, type RuleExamples } from '../rule';
import type { RuleId } from '../finding';
import { goodWording } from '../wording/good-wording';
import type { WordingFinding, WordingKind } from '../wording/read-wording';

/** What a wording finding's message needs. */
export interface WordingData {
	holder: 'outcome' | 'provision';
	/** The item's own text. */
	itemText: string;
	/** The text the words are in: the item's own, or a step's. */
	text: string;
	step?: number;
	phrases: string[];
	childName: string;
	kind: WordingKind;
}

/** “may”, “may” and “regularly”: the words quoted as a list. */
export function quotedList(phrases: readonly string[]): string {
	const quoted = phrases.map((phrase) => `“${phrase}”`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** “The provision “…”” or “Step 2 of the outcome “…” (“…”)”: where the words are. */
export function wordsAt({
	holder,
	itemText,
	text,
	step
}: Pick<WordingData, 'holder' | 'itemText' | 'text' | 'step'>): string {
	return step === undefined
		? `The ${holder} ${quote(text)}`
		: `Step ${step} of the ${holder} ${quote(itemText)} (${quote(text)})`;
}

/** Declares a rule that reports the findings of one kind of vague wording, one per item. */
export function defineWordingRule(options: {
	id: RuleId;
	kind: WordingKind;
	description: string;
	examples: RuleExamples;
	/** What a reader cannot tell, and how to mend it, after “The provision “…” says “…”,”. */
	explain(data: WordingData): string;
}): Rule<WordingData> {
	const { id, kind, description, examples, explain } = options;
	return defineRule<WordingData>({
		id,
		severity: 'warning',
		description,
		examples,
		message: (data) =>
			`${wordsAt(data)} says ${quotedList(data.phrases)}: ${explain(data)} Good wording reads like: “${goodWording[kind][data.holder]}”`,
		check({ plan, childName, outcomeWording, provisionWording }, report) {
			const reportKind = (
				holder: WordingData['holder'],
				item: { id: string; text: string },
				findings: readonly WordingFinding[]
			) => {
				const finding = findings.find((one) => one.kind === kind);
				if (finding) report({ kind: holder, id: item.id }, { holder, itemText: item.text, childName, ...finding });
			};
			plan.outcomes.forEach((outcome, index) => reportKind('outcome', outcome, outcomeWording[index] ?? []));
			plan.provision.forEach((provision, index) => reportKind('provision', provision, provisionWording[index] ?? []));
		}
	});
}
