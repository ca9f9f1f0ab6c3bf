import * as v from 'valibot';

/** An authenticator key as the set-up page issues it: 160 bits in base32, without spaces. */
export const totpKeyPattern = /^[A-Z2-7]{32}$/;

/** Setting up an authenticator app: the key the page showed (a hidden field) and the code the app then shows. */
export const setUpSecondFactorSchema = v.object({
	key: v.pipe(v.string(), v.regex(totpKeyPattern, 'Start again: the set-up key was not recognised')),
	code: v.pipe(
		v.string('Enter the 6-digit code'),
		v.trim(),
		v.nonEmpty('Enter the 6-digit code your authenticator app shows')
	)
});
export type SetUpSecondFactorInput = v.InferOutput<typeof setUpSecondFactorSchema>;
