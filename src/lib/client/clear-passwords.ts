import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance` on forms with passwords: after a refused submission the password boxes are emptied,
 * as they are when the page comes back without JavaScript (a password is never sent back to the browser).
 */
export const clearPasswords: SubmitFunction = ({ formElement }) => {
	return async ({ update }) => {
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
		await update();
	};
};
