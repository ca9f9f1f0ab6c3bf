import * as v from 'valibot';
import { childDetailsEntries, communicationField } from './child-details';
import { planDetailsEntries, reviewAfterStart } from './plan-details';

/** "Start a plan": the child's details and the plan's kind, title and dates. `today` bounds the date of birth. */
export function startPlanSchema(today: string) {
	return v.pipe(
		v.object({ ...childDetailsEntries(today), communication: communicationField, ...planDetailsEntries }),
		reviewAfterStart()
	);
}
export type StartPlanInput = v.InferOutput<ReturnType<typeof startPlanSchema>>;

/** The title a plan gets when none is typed: "Sarah's support plan". */
export function defaultPlanTitle(firstName: string): string {
	return `${firstName}'s support plan`;
}
