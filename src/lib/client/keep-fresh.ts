import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';

type TypedField = HTMLInputElement | HTMLTextAreaElement;

/** The fields a person types into (not choices, which a redrawn form shows as saved). */
function typedFields(form: HTMLFormElement): TypedField[] {
	return [...form.querySelectorAll<TypedField>('textarea[name], input[name]:not([type]), input[name][type="text"]')];
}

/** A typed field: its name, and which of the fields of that name it is (a form may repeat one, as steps do). */
type TypedValue = { name: string; nth: number; value: string };

/**
 * Puts back what was typed while a save was on its way: the page redraws its form when the answer
 * comes (a fresh form after a save, the sent values after a refusal), which would drop those words.
 */
function restoreTyped(action: string | null, typed: readonly TypedValue[]): void {
	const form = [...document.forms].find((candidate) => candidate.getAttribute('action') === action);
	if (!form) return;
	for (const { name, nth, value } of typed) {
		const field = form.querySelectorAll<TypedField>(`[name="${CSS.escape(name)}"]`)[nth];
		if (!field) continue;
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

/** What was typed into `form` and differs from what `formData` sent. */
function typedSince(form: HTMLFormElement, formData: FormData): TypedValue[] {
	const seen = new Map<string, number>();
	return typedFields(form).flatMap((field) => {
		const nth = seen.get(field.name) ?? 0;
		seen.set(field.name, nth + 1);
		const sent = String(formData.getAll(field.name)[nth] ?? '');
		return field.value === sent ? [] : [{ name: field.name, nth, value: field.value }];
	});
}

/**
 * `use:enhance` for a plan page's forms: a refused save shows the page again with the plan as it now
 * is (another person's change too) as well as the refusal. A form answered in place (a success with
 * no redirect) goes to `redraw` when one is given; anything else goes as usual. Whatever was typed
 * after pressing the button, while the answer was on its way, is kept in the redrawn form.
 */
export function keepFreshThen(
	redraw?: (result: Extract<ActionResult, { type: 'success' }>) => Promise<void>
): SubmitFunction {
	return ({ formElement, formData }) => {
		return async ({ result, update }) => {
			const typed = typedSince(formElement, formData);
			if (result.type === 'failure') {
				await invalidateAll();
				await applyAction(result);
			} else if (result.type === 'success' && redraw) await redraw(result);
			else await update();
			if (typed.length > 0) restoreTyped(formElement.getAttribute('action'), typed);
		};
	};
}

/** `keepFreshThen` with no redraw: what most plan forms use. */
export const keepFresh: SubmitFunction = keepFreshThen();
