import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formErrors } from '$lib/forms/form-errors';
import { teamMemberSchema } from '$lib/forms/team-member';

const form = { name: 'Tom Reilly', role: 'other', roleDescription: '', organisation: '', email: '', phone: '' };
const errorsOf = (input: Record<string, string>) => {
	const parsed = v.safeParse(teamMemberSchema, input);
	return parsed.success ? {} : formErrors(parsed.issues);
};

describe('the team member form', () => {
	it('asks what an "Other" role is', () => {
		expect(errorsOf(form)).toEqual({ roleDescription: 'Describe the role, for example Travel trainer' });
	});

	it('asks it even when another field has a problem too', () => {
		expect(errorsOf({ ...form, name: '' })).toEqual({
			name: 'Enter their name',
			roleDescription: 'Describe the role, for example Travel trainer'
		});
	});

	it('takes the description, trimmed, and needs none for another role', () => {
		expect(v.parse(teamMemberSchema, { ...form, roleDescription: ' Travel trainer ' })).toMatchObject({
			role: 'other',
			roleDescription: 'Travel trainer'
		});
		expect(errorsOf({ ...form, role: 'class-teacher' })).toEqual({});
	});
});
