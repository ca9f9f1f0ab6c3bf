import * as v from 'valibot';
import { needEntries } from '../plan/schema';

/** The need form: what stands in the way, and its area. The aspirations it blocks are ticked boxes, read apart. */
export const needSchema = v.object({
	text: v.message(needEntries.text, 'Enter the need: what stands in the way, in 2,000 characters or fewer'),
	area: v.message(needEntries.area, 'Select the area of need')
});
