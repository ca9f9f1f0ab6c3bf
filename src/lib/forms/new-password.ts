import * as v from 'valibot';
import { passwordProblem } from '$lib/auth/password-policy';

/** A new password (access.md's rule) and its confirmation, typed twice. */
export const newPasswordEntries = {
	password: v.pipe(
		v.string('Enter a password'),
		v.nonEmpty('Enter a password'),
		v.rawCheck(({ dataset, addIssue }) => {
			const problem = dataset.typed ? passwordProblem(dataset.value) : undefined;
			if (problem) addIssue({ message: problem });
		})
	),
	confirmPassword: v.string('Type the password again')
};

/** Checks, in a form holding `newPasswordEntries`, that both boxes hold the same password. */
export function passwordsMatch<T extends { password: string; confirmPassword: string }>() {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		if (!dataset.typed || dataset.value.password === dataset.value.confirmPassword) return;
		addIssue({
			message: 'The passwords do not match: type the same password in both boxes',
			path: [
				{
					type: 'object',
					origin: 'value',
					input: dataset.value as Record<string, unknown>,
					key: 'confirmPassword',
					value: dataset.value.confirmPassword
				}
			]
		});
	});
}

/** A form that only sets a password: accepting an invitation, or following a link to set a new one. */
export const newPasswordSchema = v.pipe(v.object({ ...newPasswordEntries }), passwordsMatch());
export type NewPasswordInput = v.InferOutput<typeof newPasswordSchema>;
