import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		// Vitest leaves a core free by default, which on a 2-core machine runs one file at a time. The
		// integration files wait on their database half the time, and every file's data is its own.
		maxWorkers: Math.max(2, availableParallelism()),
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			},
			{
				// The same integration tests, on PostgreSQL: a throwaway server for the run (or TEST_DATABASE_URL's).
				extends: true,
				test: {
					name: 'integration-postgres',
					include: ['tests/integration/**/*.test.ts'],
					// Tests that never open the database (PDFs, forms), or that are about SQLite's own file
					// (crash safety of the file, the key kept beside it): the SQLite run covers them.
					exclude: [
						'tests/integration/pdf/**',
						'tests/integration/{plan-versions,reviews-pdf,plan-items-forms}.test.ts',
						'tests/integration/{crash-safety,secret-key}.test.ts'
					],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000,
					globalSetup: ['tests/integration/support/postgres-global-setup.ts']
				}
			}
		]
	}
});
