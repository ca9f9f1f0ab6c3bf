import * as v from 'valibot';
import { aspirationEntries } from '../plan/schema';

/** The aspiration form: the hope in the speaker's own words, and whose words they are. */
export const aspirationSchema = v.object({
	text: v.message(aspirationEntries.text, 'Enter the aspiration in the speaker’s own words, in 2,000 characters or fewer'),
	voice: v.message(aspirationEntries.voice, 'Select whose words these are')
});
