import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { archiveSchema } from '$lib/forms/archive';
import { aspirationSchema } from '$lib/forms/aspiration';
import { childDetailsSchema } from '$lib/forms/child-details';
import { formErrors } from '$lib/forms/form-errors';
import { needSchema } from '$lib/forms/need';
import { outcomeSchema } from '$lib/forms/outcome';
import { planDetailsSchema } from '$lib/forms/plan-details';
import { profileItemSchema } from '$lib/forms/profile';
import { provisionSchema } from '$lib/forms/provision';
import { reviewViewsSchema } from '$lib/forms/review';
import { shareOutsideSchema } from '$lib/forms/share';
import { startPlanSchema } from '$lib/forms/start-plan';
import { stepSchema } from '$lib/forms/step';
import { teamMemberSchema } from '$lib/forms/team-member';

const today = '2026-12-04';
const tooLong = 'x'.repeat(2001);

/** The message a form shows by `field` when it holds `text` (other fields may have problems of their own). */
function messageFor(schema: v.GenericSchema, field: string, text: string): string | undefined {
	const parsed = v.safeParse(schema, { [field]: text });
	return parsed.success ? undefined : formErrors(parsed.issues)[field];
}

describe('a required text field', () => {
	it.each([
		['Start a plan', startPlanSchema(today), 'firstName', "Enter the child's first name", "The child's first name"],
		['Start a plan', startPlanSchema(today), 'lastName', "Enter the child's last name", "The child's last name"],
		[
			'Child’s details',
			childDetailsSchema(today),
			'firstName',
			"Enter the child's first name",
			"The child's first name"
		],
		['Plan details', planDetailsSchema, 'title', 'Enter a title for the plan', 'The title'],
		['Team member', teamMemberSchema, 'name', 'Enter their name', 'Their name'],
		['Aspiration', aspirationSchema, 'text', 'Enter the aspiration in the speaker’s own words', 'The aspiration'],
		['Need', needSchema, 'text', 'Enter the need: what stands in the way', 'The need'],
		['Outcome', outcomeSchema, 'text', 'Enter the outcome: what the child will be able to do', 'The outcome'],
		['Provision', provisionSchema, 'text', 'Enter what the provision is', 'What the provision is'],
		['Step', stepSchema, 'text', 'Enter what the step is', 'The step'],
		['About me', profileItemSchema, 'text', 'Enter what to add, in plain words', 'What you add'],
		[
			'Archive',
			archiveSchema,
			'reason',
			'Enter why the plan is being archived, for example “Sarah moved to Hillside School in July 2027”',
			'The reason'
		]
	])('%s, %s: says what to enter when empty, and the limit only when too long', (_form, schema, field, enter, name) => {
		expect(messageFor(schema as v.GenericSchema, field, '')).toBe(enter);
		expect(messageFor(schema as v.GenericSchema, field, '   ')).toBe(enter);
		expect(messageFor(schema as v.GenericSchema, field, tooLong)).toBe(`${name} must be 2,000 characters or fewer`);
		expect(messageFor(schema as v.GenericSchema, field, 'x'.repeat(2000))).toBeUndefined();
	});
});

describe('an optional long text box in a review', () => {
	it.each([
		['childViews', 'The child’s views must be 2,000 characters or fewer'],
		['familyViews', 'The family’s views must be 2,000 characters or fewer']
	])('%s may be left empty (or only spaces), and names the limit when too long', (field, message) => {
		const views = (text: string) => ({ revision: '1', childViews: '', familyViews: '', [field]: text });
		expect(v.parse(reviewViewsSchema, views('   '))).toMatchObject({ [field]: null });
		const parsed = v.safeParse(reviewViewsSchema, views(tooLong));
		expect(parsed.success ? {} : formErrors(parsed.issues)).toEqual({ [field]: message });
	});
});

describe('a required short text field with an example', () => {
	it.each([
		['professionalRole', 'Enter their role, for example Speech and language therapist', 'Their role'],
		[
			'professionalOrganisation',
			'Enter the organisation they work for, for example NHS Kent Community Health',
			'The organisation they work for'
		]
	])('%s gives the example when empty, and not in the limit when too long', (field, enter, name) => {
		expect(messageFor(shareOutsideSchema, field, '')).toBe(enter);
		expect(messageFor(shareOutsideSchema, field, 'x'.repeat(201))).toBe(`${name} must be 200 characters or fewer`);
	});
});
