import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '$lib/server/db/migrations';

describe('the migration list', () => {
	it('names every file in migrations/, so none is left out of the build', () => {
		const files = readdirSync('migrations')
			.filter((file) => file.endsWith('.ts'))
			.map((file) => file.replace(/\.ts$/, ''))
			.sort();
		expect(Object.keys(migrations).sort()).toEqual(files);
	});

	it('names migrations by date, so they sort in the order they run', () => {
		for (const name of Object.keys(migrations)) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
	});
});
