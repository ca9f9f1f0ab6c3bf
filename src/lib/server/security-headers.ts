import type { RequestEvent } from '@sveltejs/kit';

/**
 * The policy for answers that are not SvelteKit pages (`+server` files, redirects, error pages rendered
 * from `src/error.html`): no scripts at all, and nothing else from anywhere but the app. Pages get theirs
 * from `kit.csp`, with nonces for their scripts.
 */
const policyWithoutScripts = [
	"default-src 'none'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'"
].join('; ');

/** The headers access.md asks of every answer. */
export function securityHeaders(event: RequestEvent, response: Response): void {
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'same-origin');
	headers.set('X-Frame-Options', 'DENY');
	if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', policyWithoutScripts);
	// Signed-in pages hold children's data, and some open ones personal data too (an invitation names its
	// invitee): no copy of anything the app answers is kept by the browser or anything in between, unless
	// the answer says otherwise. Built assets are served before this hook, with their own caching; an open
	// route's answer that declares itself public (the Easy Read pictures) keeps its caching for everyone.
	const declaredPublic = /^public\b/.test(headers.get('Cache-Control') ?? '') && !event.route.id?.startsWith('/(app)');
	if ((event.locals.auth && !declaredPublic) || !headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
	if (event.url.protocol === 'https:') {
		headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
}
