import { rules } from '$lib/thread/rules/index';
import type { PageLoad } from './$types';

/** Every rule of the thread checker, grouped by severity: Problems, then Checks. */
export const load: PageLoad = () => {
	const describe = (severity: 'error' | 'warning') =>
		rules
			.filter((rule) => rule.severity === severity)
			.map((rule) => ({ id: rule.id, description: rule.description, examples: rule.examples }));
	return { problems: describe('error'), checks: describe('warning') };
};
