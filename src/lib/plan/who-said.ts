import { calledName } from './child-name';
import type { Aspiration, Child } from './schema';

/**
 * Who said words recorded as someone's own, as the sentence before them: "Sarah said", "A parent or
 * carer said". The one place that turns a recorded voice into words, so that naming the speaker
 * changes here alone.
 */
export function whoSaid(words: Pick<Aspiration, 'voice'>, child: Pick<Child, 'firstName' | 'knownAs'>): string {
	if (words.voice === 'child') return `${calledName(child)} said`;
	if (words.voice === 'parent-carer') return 'A parent or carer said';
	return 'A professional said';
}
