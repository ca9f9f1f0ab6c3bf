import type { PlanDocument } from '../plan/document';
import type { PlanKind } from '../plan/schema';
import { planKindLabels } from '../plan/labels';
import { roleName, type RoleOf } from '../plan/role-name';
import { referencesOf, type References } from './references';
import { calledName } from '../plan/child-name';
import { pronounsOf, type ChildPronouns } from '../plan/pronouns';
import { glossary, type Glossary } from '../plan/glossary';
import { shorten } from './text';

/** Someone who took part in agreeing the plan, as the team had them then. */
export type AgreementPerson = RoleOf & { name: string };

/** Who agreed the plan, when, and who took part, as the agreement recorded it. */
export interface PlanAgreement {
	/** When it was agreed: an ISO timestamp. */
	at: string;
	/** The name of the person who recorded the agreement. */
	by: string;
	tookPart: readonly AgreementPerson[];
}

/** What every section is given: the plan, its items' order and numbers, and what the child is called. */
export interface PdfContext {
	plan: PlanDocument;
	refs: References;
	/**
	 * The child's "known as" name, or first name, for headings and running text ("Sarah said"),
	 * cut to 40 characters so that a heading always fits on a page.
	 */
	name: string;
	/** The child's pronouns, or that name where none are recorded (pronouns.ts). */
	pronouns: ChildPronouns;
	/** The agreement of an agreed plan, when it is known. */
	agreement: PlanAgreement | undefined;
	/** Explains each word of the trade where the PDF first uses it. */
	glossary: Glossary;
	/** A person's role as the PDF prints it: "SENCo" explained the first time. */
	role(person: RoleOf): string;
	/** The kind of plan as the PDF prints it: "SEN support" and "EHC plan" explained the first time. */
	kind(kind: PlanKind): string;
	/** The room, in points, that the heading of each section opening with a table needs below it, by its id. */
	rooms: Map<string, number>;
}

/** The longest the child's name may be in headings and running text. */
export const NAME_IN_TEXT_LENGTH = 40;

/** The kinds of plan that are words of the trade, as the glossary knows them. */
const KIND_TERMS: Partial<Record<PlanKind, 'SEN support' | 'EHC plan'>> = {
	'sen-support': 'SEN support',
	'ehc-plan': 'EHC plan'
};

/**
 * The context for one render of a plan: a new one for each render, as its glossary remembers which
 * words it has explained.
 */
export function contextOf(plan: PlanDocument, agreement?: PlanAgreement): PdfContext {
	const name = shorten(calledName(plan.child), NAME_IN_TEXT_LENGTH);
	const { pronouns } = plan.child;
	const words = glossary(name);
	return {
		plan,
		refs: referencesOf(plan),
		name,
		pronouns: pronounsOf({ firstName: name, ...(pronouns ? { pronouns } : {}) }),
		agreement,
		glossary: words,
		rooms: new Map(),
		role: (person) => (person.role === 'senco' ? words.term('SENCo') : roleName(person)),
		kind: (kind) => {
			const term = KIND_TERMS[kind];
			return term ? words.term(term) : planKindLabels[kind];
		}
	};
}
