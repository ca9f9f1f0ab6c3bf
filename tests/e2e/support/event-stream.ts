/** A server-sent event stream read from the test, as a browser's EventSource would read it. */
export interface OpenStream {
	status: number;
	/** Everything received so far. */
	text(): string;
	/** Waits until what was received matches `pattern`, or the stream ends (answers false) or `ms` pass (throws). */
	until(pattern: RegExp, ms?: number): Promise<boolean>;
	close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<OpenStream> {
	const aborter = new AbortController();
	const response = await fetch(url, {
		headers: { accept: 'text/event-stream', ...headers },
		signal: aborter.signal,
		redirect: 'manual'
	});
	const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
	let received = '';
	let ended = !reader;
	const pump = (async () => {
		try {
			while (reader) {
				const { value, done } = await reader.read();
				if (done) break;
				received += value;
			}
		} catch {
			// Closed by `close()`.
		}
		ended = true;
	})();
	return {
		status: response.status,
		text: () => received,
		async until(pattern, ms = 5000) {
			const by = Date.now() + ms;
			while (!pattern.test(received)) {
				if (ended) return false;
				if (Date.now() > by) throw new Error(`Not received within ${ms} ms: ${pattern}; got:\n${received}`);
				await Promise.race([pump, new Promise((resolve) => setTimeout(resolve, 20))]);
			}
			return true;
		},
		close: () => aborter.abort()
	};
}
