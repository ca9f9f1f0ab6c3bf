import * as v from 'valibot';
import { newPasswordEntries, passwordsMatch } from './new-password';

/** Accepting an invitation: the new account's password, typed twice. */
export const acceptInvitationSchema = v.pipe(v.object({ ...newPasswordEntries }), passwordsMatch());
export type AcceptInvitationInput = v.InferOutput<typeof acceptInvitationSchema>;
