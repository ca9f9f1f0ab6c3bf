import { defineRule } from '../rule';

/** The plan has no aspiration: nothing for the thread to start from. */
export const noAspirations = defineRule<void>({
	id: 'no-aspirations',
	severity: 'error',
	description:
		'The plan has no aspirations. Every plan starts from the hopes of the child or young person and their family.',
	message: () =>
		'The plan has no aspirations yet. Add the hopes for the future of the child and the family, in their own words: every outcome should work towards one.',
	check({ plan }, report) {
		if (plan.aspirations.length === 0) report({ kind: 'plan' }, undefined);
	}
});
