import * as v from 'valibot';
import { textMessage } from './fields';
import { needEntries } from '../plan/schema';

/** The need form: what stands in the way, and its area. The aspirations it blocks are ticked boxes, read apart. */
export const needSchema = v.object({
	text: v.message(needEntries.text, textMessage('Enter the need: what stands in the way', 'The need')),
	area: v.message(needEntries.area, 'Select the area of need')
});
