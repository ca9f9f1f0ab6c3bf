import { fail } from '@sveltejs/kit';
import type { FormErrors } from '$lib/forms/form-errors';

/** A refused form: the problems by field, and what was typed (never passwords) to show again. */
export function invalid(status: number, errors: FormErrors, values: Record<string, string> = {}) {
	return fail(status, { values, errors });
}
