import autocannon from 'autocannon';

export interface LoadResult {
	requestsPerSecond: number;
	latencyP975: number;
	errors: number;
}

/** Loads one URL from this machine's loopback for a bounded time, as the bench's load generator. */
export async function load(
	url: string,
	options: { seconds?: number; connections?: number; headers?: Record<string, string> } = {}
): Promise<LoadResult> {
	const result = await autocannon({
		url,
		duration: options.seconds ?? 10,
		connections: options.connections ?? 32,
		headers: options.headers
	});
	return {
		requestsPerSecond: result.requests.average,
		latencyP975: result.latency.p97_5,
		errors: result.errors + result.non2xx
	};
}
