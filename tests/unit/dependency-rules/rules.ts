import type { ImportEdge } from './graph';
import type { Target } from './resolve';

/**
 * A dependency rule is data (an id and what it is for) plus a check: which files it governs, and why
 * an import from one of them is forbidden. Written after the layout in the style guide ("Our layout").
 */
export interface DependencyRule {
	id: string;
	description: string;
	/** Whether the rule governs the imports written in this file. */
	governs: (file: string) => boolean;
	/** Why importing this is forbidden, or undefined when it is allowed. */
	forbids: (target: Target) => string | undefined;
}

/** An import that breaks a rule. */
export interface RuleViolation {
	rule: string;
	from: string;
	specifier: string;
	reason: string;
}

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const file = (target: Target) => (target.kind === 'file' ? target.path : undefined);
const external = (target: Target) => (target.kind === 'external' ? target.name : undefined);

/** The plain logic: plans, the thread and its view, dates, reviews, PDF sections and form schemas. */
export const coreFolders = [
	'src/lib/plan',
	'src/lib/thread',
	'src/lib/thread-view',
	'src/lib/dates',
	'src/lib/review',
	'src/lib/pdf',
	'src/lib/forms',
	'src/lib/family-language'
];

export const dependencyRules: readonly DependencyRule[] = [
	{
		id: 'core-stays-plain',
		description:
			'The core runs anywhere (a unit test, the PDF worker, the browser): no SvelteKit, no server code, no database.',
		governs: (path) => coreFolders.some((folder) => under(folder)(path)),
		forbids(target) {
			const name = external(target);
			if (name === '@sveltejs/kit' || name?.startsWith('$app/') || name?.startsWith('$env/'))
				return 'the core may not depend on SvelteKit';
			if (name === 'kysely' || name === 'better-sqlite3') return 'the core may not touch the database';
			if (under('src/lib/server')(file(target) ?? '')) return 'the core may not import server code';
			return undefined;
		}
	},
	{
		id: 'components-stay-client-safe',
		description: 'Components are sent to the browser, so they may not import server modules.',
		governs: (path) => under('src/lib/components')(path) || (under('src/routes')(path) && path.endsWith('.svelte')),
		forbids(target) {
			const path = file(target) ?? '';
			if (under('src/lib/server')(path) || /\.server\.(ts|js)$/.test(path))
				return 'a component may not import a server module';
			return undefined;
		}
	},
	{
		id: 'database-knows-no-callers',
		description:
			'The database layer is used by routes and by auth; it may use neither, or a change to a page could break a query.',
		governs: under('src/lib/server/db'),
		forbids(target) {
			const path = file(target) ?? '';
			if (under('src/routes')(path)) return 'the database layer may not import routes';
			if (under('src/lib/server/auth')(path)) return 'the database layer may not import auth';
			return undefined;
		}
	}
];

/** Every import that breaks one of `rules`. */
export function ruleViolations(edges: readonly ImportEdge[], rules = dependencyRules): RuleViolation[] {
	return rules.flatMap((rule) =>
		edges
			.filter((edge) => rule.governs(edge.from))
			.flatMap((edge) => {
				const reason = rule.forbids(edge.target);
				return reason ? [{ rule: rule.id, from: edge.from, specifier: edge.specifier, reason }] : [];
			})
	);
}

/** One line a developer can act on: which file, which import, which rule. */
export const describeViolation = (violation: RuleViolation): string =>
	`${violation.from} imports '${violation.specifier}': ${violation.reason} (${violation.rule})`;
