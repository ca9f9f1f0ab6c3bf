import { expect, test } from '@playwright/test';
import { seedStaff, signIn } from './support/seed';

/** Bodies the probe sent that made any action reading its form answer 500 (ASVS 16.5.3). */
const malformed: Array<{ name: string; contentType: string; body: string }> = [
	{
		name: 'multipart with no closing boundary',
		contentType: 'multipart/form-data; boundary=xyz',
		body: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nsomeone@example.org\r\n'
	},
	{ name: 'multipart with no boundary parameter', contentType: 'multipart/form-data', body: 'email=a' },
	{ name: 'garbage multipart', contentType: 'multipart/form-data; boundary=xyz', body: '\u0000\u0001garbage' },
	{ name: 'text/plain', contentType: 'text/plain', body: 'email=someone@example.org' },
	{ name: 'JSON', contentType: 'application/json', body: '{"email":"someone@example.org"}' }
];

test.describe('a body that cannot be read as a form', () => {
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'requests only: once is enough');

	test('is answered 400 or 415 with a plain message, never 500, signed out and signed in', async ({
		page,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const staff = await seedStaff({ role: 'coordinator' });
		const send = (path: string, { contentType, body }: (typeof malformed)[number]) =>
			page.request.post(path, { headers: { 'content-type': contentType, origin }, data: body, maxRedirects: 0 });
		for (const sample of malformed) {
			const response = await send('/sign-in', sample);
			expect([400, 415], sample.name).toContain(response.status());
			const text = await response.text();
			expect(text, sample.name).toContain('What was sent could not be read');
			expect(text, sample.name).not.toMatch(/at .+\.js:\d+|TypeError|SyntaxError/);
		}
		await signIn(page, staff);
		for (const sample of malformed) {
			const response = await send('/account?/password', sample);
			expect([400, 415], sample.name).toContain(response.status());
		}
		// A real form still goes through, and the account is still signed in.
		await page.goto('/plans');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
	});
});
