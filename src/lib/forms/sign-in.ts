import * as v from 'valibot';
import { emailField } from './fields';

export const signInSchema = v.object({
	email: emailField,
	password: v.pipe(
		v.string('Enter your password'),
		v.nonEmpty('Enter your password'),
		v.maxLength(1024, 'Enter your password')
	)
});

export const codeSchema = v.object({
	code: v.pipe(
		v.string('Enter the code'),
		v.trim(),
		v.nonEmpty('Enter the 6-digit code from your authenticator app, or a recovery code'),
		v.maxLength(40, 'Enter the 6-digit code from your authenticator app, or a recovery code')
	)
});
export type SignInInput = v.InferOutput<typeof signInSchema>;
export type CodeInput = v.InferOutput<typeof codeSchema>;
