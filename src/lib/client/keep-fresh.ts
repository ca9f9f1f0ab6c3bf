import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for a plan page's forms: a refused save shows the page again with the plan as it now
 * is (another person's change too) as well as the refusal; anything else goes as usual.
 */
export const keepFresh: SubmitFunction = () => async ({ result, update }) => {
	if (result.type === 'failure') {
		await invalidateAll();
		await applyAction(result);
	} else await update();
};
