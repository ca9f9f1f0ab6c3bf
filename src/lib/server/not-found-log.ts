/**
 * Every answer "not found" is logged: the path and the account, never a query string or a body, so that
 * someone probing for ids or pages shows in the log without the log holding anything about a child.
 */
export function logNotFound(method: string, url: URL, accountId: string | undefined): void {
	console.warn(`not found: ${method} ${url.pathname} (${accountId ? `account ${accountId}` : 'signed out'})`);
}
