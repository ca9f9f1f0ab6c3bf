import { defineRule } from '../rule';

/** No aspiration is in the child's own voice (also when there is no aspiration at all). */
export const noChildVoice = defineRule<{ childName: string }>({
	id: 'no-child-voice',
	severity: 'warning',
	description:
		'None of the aspirations is in the child or young person’s own voice. Their views come first in a person-centred plan.',
	message: ({ childName }) =>
		`None of the aspirations is in ${childName}’s own words. Ask ${childName} about their hopes for the future, in whatever way suits them best, and record what they say with the voice “Child or young person”.`,
	check({ plan, childName }, report) {
		if (!plan.aspirations.some((aspiration) => aspiration.voice === 'child')) {
			report({ kind: 'plan' }, { childName });
		}
	}
});
