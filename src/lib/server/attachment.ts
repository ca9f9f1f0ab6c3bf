/** A file to download, of `contentType` (UTF-8 text), named `fileName`, never cached. */
export function attachment(text: string, contentType: string, fileName: string): Response {
	return new Response(text, {
		headers: {
			'Content-Type': `${contentType}; charset=utf-8`,
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'no-store'
		}
	});
}
