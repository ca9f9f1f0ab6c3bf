import SQLite from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { startAnotherServer } from './support/another-server';
import { fixturePlan, seedPlan, seedSessionCookie } from './support/plans';
import { seedStaff } from './support/seed';

function revisionOf(itemId: string): number {
	const db = new SQLite(e2eDatabasePath, { readonly: true });
	try {
		return (db.prepare('SELECT revision FROM plan_item WHERE id = ?').get(itemId) as { revision: number }).revision;
	} finally {
		db.close();
	}
}

test('two servers on one database file (an overlapping restart): of two saves of one item at once, the loser is told someone else saved, never 500', async ({
	playwright,
	baseURL
}) => {
	test.skip(test.info().project.name !== 'js', 'a server of its own: once is enough');
	test.setTimeout(120_000);
	const server = await startAnotherServer(4393);
	const second = server.origin;
	try {
		const coordinator = await seedStaff({ role: 'coordinator' });
		const { planId, ids } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
		// A parent's words, unnamed: an editor changes them at once (the child's change only by suggestion).
		const id = ids.get('aspiration:a3')!;
		const cookie = await seedSessionCookie(coordinator.id);
		const contexts = await Promise.all(
			[baseURL!, second].map((origin) =>
				playwright.request.newContext({
					baseURL: origin,
					extraHTTPHeaders: { cookie, origin, accept: 'text/html' }
				})
			)
		);
		const statuses: number[] = [];
		for (let round = 0; round < 50; round++) {
			const revision = String(revisionOf(id));
			const answers = await Promise.all(
				contexts.map((context, server) =>
					context.post(`/plans/${planId}/aspirations?/save`, {
						form: { id, revision, text: `Round ${round}, from server ${server}.`, voice: 'parent-carer' },
						maxRedirects: 0
					})
				)
			);
			statuses.push(...answers.map((answer) => answer.status()));
			// Exactly one of the two was saved, whichever took the write lock first.
			expect(revisionOf(id)).toBe(Number(revision) + 1);
		}
		expect(statuses.filter((status) => ![303, 409].includes(status))).toEqual([]);
		expect(statuses.filter((status) => status === 409)).toHaveLength(50);
		await Promise.all(contexts.map((context) => context.dispose()));
	} finally {
		await server.stop();
	}
});

test('every "not found" is logged with its path and who asked, never the query or the body', async ({ playwright }) => {
	test.skip(test.info().project.name !== 'js', 'a server of its own: once is enough');
	const server = await startAnotherServer(4394);
	try {
		const coordinator = await seedStaff({ role: 'coordinator' });
		const stranger = await seedStaff({ role: 'coordinator' });
		const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
		const context = await playwright.request.newContext({
			baseURL: server.origin,
			extraHTTPHeaders: { cookie: await seedSessionCookie(stranger.id) }
		});
		expect((await context.get(`/plans/${planId}?name=Sarah+Okafor`)).status()).toBe(404);
		expect((await fetch(`${server.origin}/no-such-page?child=Sarah`)).status).toBe(404);
		await expect.poll(() => server.log()).toContain(`not found: GET /plans/${planId} (account ${stranger.id})`);
		await expect.poll(() => server.log()).toContain('not found: GET /no-such-page (signed out)');
		expect(server.log()).not.toContain('Sarah');
		await context.dispose();
	} finally {
		await server.stop();
	}
});
