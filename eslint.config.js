import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** As `sv create` sets it up: JavaScript, TypeScript and Svelte rules, formatting left to Prettier. */
export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself (and knows the ambient types ESLint does not).
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The app is served at the root (no `paths.base`), so links are plain paths; `resolve()` on every
			// href would add nothing but noise.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` keeps a space before an element that formatting would otherwise wrap away.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// Every transaction of the app goes through inTransaction, which runs it again when PostgreSQL refuses it
		// for overlapping another: a bare `.transaction()` would turn that refusal into an error on PostgreSQL.
		files: ['src/**/*.ts'],
		ignores: ['src/lib/server/db/in-transaction.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='transaction']",
					message: 'Run transactions through inTransaction (src/lib/server/db/in-transaction.ts).'
				}
			]
		}
	},
	{
		// Migrations are frozen in time and take `Kysely<any>`, as Kysely's own documentation advises.
		files: ['migrations/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'tests/.reports/', 'test-results/'] }
);
