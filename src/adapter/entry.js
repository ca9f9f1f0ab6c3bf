// The built server's entry, `build/index.js`, however it is started (`npm start`, `node build`, the
// tests): adapter-node's own server, renamed `server.js`, with what must hold in every case.

// Room for a plan imported as a file: the import refuses anything over 1 MB with a plain message of its
// own, so the body limit sits above that. adapter-node's default, 512 KB, refused a 700 KB plan under
// `node build` as unreadable.
process.env.BODY_SIZE_LIMIT ||= '2M';

const { server } = await import(new URL('./server.js', import.meta.url).href);

// Built assets and `static/` are served before SvelteKit's hooks, which set these on everything else.
// Set first, they are overridden by whatever SvelteKit's own answers say. This runs before the server
// has bound its port (listening waits for the next turn of the event loop), so no request goes without.
server.server.prependListener(
	'request',
	(/** @type {unknown} */ _request, /** @type {import('node:http').ServerResponse} */ response) => {
		response.setHeader('X-Content-Type-Options', 'nosniff');
		response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
		response.setHeader('X-Frame-Options', 'DENY');
		response.setHeader('Referrer-Policy', 'same-origin');
	}
);
