import * as v from 'valibot';

/** Signing out one of one's other sessions: its id, as the hidden field sent it. */
export const endSessionSchema = v.object({
	sessionId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(64))
});
export type EndSessionInput = v.InferOutput<typeof endSessionSchema>;
