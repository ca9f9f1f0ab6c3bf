import * as v from 'valibot';

/** Re-entering one's password before a bulk export of a child's data (access.md). */
export const reauthenticateSchema = v.object({
	password: v.pipe(
		v.string('Enter your password'),
		v.nonEmpty('Enter your password'),
		v.maxLength(1024, 'Your password is not right')
	)
});
export type ReauthenticateInput = v.InferOutput<typeof reauthenticateSchema>;
