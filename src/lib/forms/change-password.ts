import * as v from 'valibot';
import { newPasswordEntries, passwordsMatch } from './new-password';

/** Changing one's own password: the current one, then the new one twice. */
export const changePasswordSchema = v.pipe(
	v.object({
		currentPassword: v.pipe(
			v.string('Enter your current password'),
			v.nonEmpty('Enter your current password'),
			v.maxLength(1024, 'Your current password is not right')
		),
		...newPasswordEntries
	}),
	passwordsMatch()
);
export type ChangePasswordInput = v.InferOutput<typeof changePasswordSchema>;
