import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for a plan page's forms: a refused save shows the page again with the plan as it now
 * is (another person's change too) as well as the refusal. A form answered in place (a success with
 * no redirect) goes to `redraw` when one is given; anything else goes as usual.
 */
export function keepFreshThen(
	redraw?: (result: Extract<ActionResult, { type: 'success' }>) => Promise<void>
): SubmitFunction {
	return () =>
		async ({ result, update }) => {
			if (result.type === 'failure') {
				await invalidateAll();
				await applyAction(result);
			} else if (result.type === 'success' && redraw) await redraw(result);
			else await update();
		};
}

/** `keepFreshThen` with no redraw: what most plan forms use. */
export const keepFresh: SubmitFunction = keepFreshThen();
