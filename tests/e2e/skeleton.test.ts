import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('the health check answers ok while the database answers', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ ok: true });
	expect(response.headers()['cache-control']).toBe('no-store');
});

test('an unknown address gets a plain-English not-found page', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page).toHaveTitle(/Page not found/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expectNoAxeViolations(page);
});

test('the skip link moves to the main content', async ({ page }) => {
	await page.goto('/no-such-page');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toHaveAttribute('href', '#main-content');
	await expect(page.locator('main#main-content')).toHaveCount(1);
	await expect(page.getByRole('banner')).toContainText('Golden Thread');
	await expect(page.getByRole('contentinfo')).toBeVisible();
});

test('pages carry the security headers', async ({ request }) => {
	const response = await request.get('/no-such-page');
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['content-security-policy']).toContain("base-uri 'none'");
});

test('the front door sends a signed-out visitor to sign in, which says what to do if they cannot', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/sign-in$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await expect(page.getByRole('heading', { name: 'Cannot sign in?' })).toBeVisible();
	await expectNoAxeViolations(page);
});
