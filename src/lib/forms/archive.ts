import * as v from 'valibot';
import { textSchema } from '../plan/schema';
import { textMessage } from './fields';

/** Archiving a plan: why it ends (the child left, the support ended). */
export const archiveSchema = v.object({
	reason: v.message(
		textSchema,
		textMessage(
			'Enter why the plan is being archived, for example “Sarah moved to Hillside School in July 2027”',
			'The reason'
		)
	)
});
