const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * True for a request that would change data and comes from another site: its `Origin` is not ours, or
 * the browser marks it `Sec-Fetch-Site: cross-site`. GETs never change data, so they pass.
 */
export function crossSiteRequest(request: Request, url: URL): boolean {
	if (!unsafeMethods.has(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== url.origin) return true;
	return request.headers.get('sec-fetch-site') === 'cross-site';
}
