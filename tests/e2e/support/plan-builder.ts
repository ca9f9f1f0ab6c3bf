import { hash } from '@node-rs/argon2';
import SQLite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabasePath } from '../../../playwright.config';
import { unique } from './seed';
import { fillDate } from './dates';

/** Runs `work` on the e2e server's database (WAL, so the server keeps serving meanwhile). */
export function withPlanDatabase<T>(work: (db: SQLite.Database) => T): T {
	const db = new SQLite(e2eDatabasePath);
	try {
		db.pragma('busy_timeout = 10000');
		db.pragma('foreign_keys = ON');
		return work(db);
	} finally {
		db.close();
	}
}

/**
 * Waits until the page's scripts have loaded and run (a no-op with JavaScript off). Typing into a field
 * before the page has hydrated can be undone by hydration, so tests that type right after a full page
 * load wait for this first.
 */
export async function hydrated(page: Page): Promise<void> {
	if (test.info().project.use.javaScriptEnabled === false) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Starts a plan through the "Start a plan" page (signed in as a coordinator or admin) and returns its id. */
export async function startPlan(
	page: Page,
	child: { firstName: string; lastName: string; dateOfBirth?: string } = { firstName: 'Sarah', lastName: 'Okafor' }
): Promise<string> {
	await page.goto('/plans/new');
	await hydrated(page);
	await page.getByLabel('First name').fill(child.firstName);
	await page.getByLabel('Last name').fill(child.lastName);
	await fillDate(page, 'Date of birth', child.dateOfBirth ?? '2012-10-03');
	await page.getByLabel('SEN support').check();
	await page.getByRole('button', { name: 'Start the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${child.firstName}'s support plan`, {
		timeout: 15_000
	});
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** Adds an item row to the plan's current version, as the app stores it; returns its id. */
export function seedItem(planId: string, kind: string, data: object, links: string[] = []): string {
	const id = randomBytes(15).toString('hex').slice(0, 24);
	withPlanDatabase((db) => {
		const { version } = db.prepare('SELECT current_version_id AS version FROM plan WHERE id = ?').get(planId) as {
			version: string;
		};
		const { position } = db
			.prepare('SELECT coalesce(max(position) + 1, 0) AS position FROM plan_item WHERE version_id = ? AND kind = ?')
			.get(version, kind) as { position: number };
		const at = new Date().toISOString();
		db.prepare(
			'INSERT INTO plan_item (id, version_id, kind, parent_id, position, revision, data, updated_at, updated_by) VALUES (?, ?, ?, NULL, ?, 1, ?, ?, NULL)'
		).run(id, version, kind, position, JSON.stringify(data), at);
		links.forEach((to, i) =>
			db
				.prepare('INSERT INTO plan_link (version_id, from_id, to_id, position) VALUES (?, ?, ?, ?)')
				.run(version, id, to, i)
		);
		bumpContentRevision(db, version);
	});
	return id;
}

/** As every change the app makes does: the version's content revision moves on, so servers read it afresh. */
function bumpContentRevision(db: SQLite.Database, versionId: string): void {
	db.prepare('UPDATE plan_version SET content_revision = content_revision + 1 WHERE id = ?').run(versionId);
}

/** Changes an item behind the page's back, as another person saving would: new data, revision + 1. */
export function changeItemElsewhere(id: string, data: object): void {
	withPlanDatabase((db) => {
		db.prepare('UPDATE plan_item SET data = ?, revision = revision + 1 WHERE id = ?').run(JSON.stringify(data), id);
		const { version } = db.prepare('SELECT version_id AS version FROM plan_item WHERE id = ?').get(id) as {
			version: string;
		};
		bumpContentRevision(db, version);
	});
}

/** The ids of a plan's items of one kind, in list order. */
export function itemIds(planId: string, kind: string): string[] {
	return withPlanDatabase((db) =>
		(
			db
				.prepare(
					'SELECT plan_item.id FROM plan_item JOIN plan ON plan.current_version_id = plan_item.version_id WHERE plan.id = ? AND plan_item.kind = ? ORDER BY position, plan_item.id'
				)
				.all(planId, kind) as Array<{ id: string }>
		).map((row) => row.id)
	);
}

export interface SeededFamily {
	id: string;
	email: string;
	password: string;
}

/** A family member (no organisation, no second factor) given `level` access to one plan. */
export async function seedFamilyMember(
	planId: string,
	level: 'contributor' | 'viewer' | 'editor'
): Promise<SeededFamily> {
	const suffix = unique();
	const family = {
		id: randomBytes(15).toString('hex'),
		email: `family-${suffix}@example.org`.toLowerCase(),
		password: `family password ${suffix}`
	};
	const passwordHash = await hash(family.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
	withPlanDatabase((db) => {
		const at = new Date().toISOString();
		db.prepare(
			'INSERT INTO account (id, email, name, password_hash, organisation_id, role, totp_key, totp_last_counter, disabled_at, created_at) VALUES (?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, ?)'
		).run(family.id, family.email, `Grace Okafor ${suffix}`, passwordHash, at);
		db.prepare(
			'INSERT INTO plan_access (plan_id, account_id, level, granted_by, granted_at) VALUES (?, ?, ?, NULL, ?)'
		).run(planId, family.id, level, at);
	});
	return family;
}

/** Signs a family member in (email and password; they have no second factor): they land on their home. */
export async function signInFamily(page: Page, who: SeededFamily): Promise<void> {
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in', { timeout: 15_000 });
}
