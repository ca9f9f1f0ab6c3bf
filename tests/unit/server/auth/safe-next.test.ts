import { describe, expect, it } from 'vitest';
import { safeNext } from '$lib/server/auth/safe-next';

describe('safeNext', () => {
	it.each([
		['/plans/abc', '/plans/abc'],
		['/plans/abc?tab=history#top', '/plans/abc?tab=history#top'],
		['/plans/../admin/members', '/admin/members'],
		['/plans/a%2Fb', '/plans/a%2Fb']
	])('follows a path on this site: %j', (next, expected) => {
		expect(safeNext(next)).toBe(expected);
	});

	it.each([
		// The probe's finding: browsers drop the tab and go to evil.example.
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\nSet-Cookie: gt_session=x',
		'/\u0000/evil.example',
		'/\u007f/evil.example',
		'//evil.example',
		'/\\evil.example',
		'/\\/evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		'evil.example',
		'',
		null,
		undefined
	])('refuses anything else for the fallback: %j', (next) => {
		expect(safeNext(next)).toBe('/plans');
		expect(safeNext(next, '/account')).toBe('/account');
	});
});
