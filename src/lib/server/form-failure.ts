import { fail } from '@sveltejs/kit';
import type { FormErrors } from '$lib/forms/form-errors';

/**
 * The one way to refuse a form: the problems by field, what was typed (never passwords) to show again,
 * and anything else the page needs to draw the form as it was (ticked boxes, step rows, what someone
 * else saved meanwhile).
 */
export function invalid<Extra extends object = Record<never, never>>(
	status: number,
	errors: FormErrors,
	values: Record<string, string> = {},
	extra?: Extra
) {
	return fail(status, { ...(extra as Extra), values, errors });
}
