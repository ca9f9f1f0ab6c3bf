import type { ProfileEntry, SaidBy } from './schema';

/**
 * An About me entry read the one way every consumer reads it. Format v1 first had the entries as plain
 * text; an entry with who said it is an object. Nothing else branches on the shape.
 */
export function profileEntry(entry: ProfileEntry): { text: string; saidBy?: SaidBy } {
	return typeof entry === 'string' ? { text: entry } : entry;
}
