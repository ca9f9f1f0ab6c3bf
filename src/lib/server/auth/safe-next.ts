/** A made-up origin to read a path against: whatever resolves elsewhere is another site's. */
const here = 'https://golden-thread.invalid';

/**
 * Where to go after signing in or extending a session: `next` when it is a path on this site, else
 * `fallback` (ASVS 3.7.2). Browsers drop tabs and line breaks from an address and read `\` as `/`, so
 * `/\t/evil.example` is `//evil.example` to them: anything holding a control character or a backslash is
 * refused before it is read, and what is followed is the path as a URL parser reads it, never the raw text
 * (a line break in a `Location` header would also be a server error).
 */
export function safeNext(next: string | null | undefined, fallback = '/plans'): string {
	// eslint-disable-next-line no-control-regex -- control characters are what it looks for
	if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
	let url: URL;
	try {
		url = new URL(next, here);
	} catch {
		return fallback;
	}
	return url.origin === here ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
