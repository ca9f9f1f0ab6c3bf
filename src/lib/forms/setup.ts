import * as v from 'valibot';
import { organisationKinds } from '$lib/organisation-kinds';
import { emailField, requiredText } from './fields';
import { newPasswordEntries, passwordsMatch } from './new-password';

/** First run: the organisation and its first account, the admin. */
export const setupSchema = v.pipe(
	v.object({
		organisationName: requiredText('the name of your school, setting, college or team'),
		organisationKind: v.picklist(organisationKinds, 'Select what kind of organisation it is'),
		name: requiredText('your full name'),
		email: emailField,
		...newPasswordEntries
	}),
	passwordsMatch()
);
export type SetupInput = v.InferOutput<typeof setupSchema>;
