import * as v from 'valibot';
import { textMessage } from './fields';
import { aspirationEntries } from '../plan/schema';
import { saidByFields } from './said-by';

/** The aspiration form: the hope in the speaker's own words, whose words they are, and who said them. */
export const aspirationSchema = v.object({
	text: v.message(
		aspirationEntries.text,
		textMessage('Enter the aspiration in the speaker’s own words', 'The aspiration')
	),
	voice: v.message(aspirationEntries.voice, 'Select whose words these are'),
	...saidByFields
});
