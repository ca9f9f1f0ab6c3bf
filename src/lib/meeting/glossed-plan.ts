import { glossary } from '../plan/glossary';
import type { PlainSection } from '../thread-view/plain-plan';

/**
 * The plan in plain words for the shared screen, with each word of the trade explained where it is
 * first used ("SENCo (special educational needs co-ordinator, who organises this support)"), so nobody
 * in the room has to ask. The hopes are left as they were said: they are the child's words.
 */
export function glossedPlan(sections: readonly PlainSection[], childName: string): PlainSection[] {
	const words = glossary(childName);
	return sections.map((section) => ({
		heading: section.heading,
		blocks: section.blocks.map((block) =>
			block.kind === 'paragraph'
				? block
				: {
						...block,
						items: block.items.map((item) => ({
							text: words.within(item.text),
							details: item.details.map((detail) => words.within(detail))
						}))
					}
		)
	}));
}
