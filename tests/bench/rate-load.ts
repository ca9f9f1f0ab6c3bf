import autocannon from 'autocannon';

/** One request of a mixed load, as a browser without scripts sends it. */
export interface MixedRequest {
	/** What it is, for the figures by kind ("plan page", "item save"…). */
	kind: string;
	method: 'GET' | 'POST';
	path: string;
	headers: Record<string, string>;
	body?: string;
	/** Told the answer: the status and the headers that matter to what comes next. */
	answered?(status: number, headers: { location?: string; setCookie: string[] }): void;
}

export interface RequestMix {
	next(): MixedRequest;
}

export interface Answer {
	kind: string;
	status: number;
	ms: number;
	/** Answered as it should be: a page (200) for a GET, a form saved (303) for a POST. */
	served: boolean;
	/** For a 503: whether it said when to come back. */
	retryAfter: boolean;
}

export interface RateResult {
	rate: number;
	seconds: number;
	answers: Answer[];
	/** Requests with no answer: connection errors and timeouts (10 s). */
	failed: number;
}

/**
 * Sends `rate` requests a second from `mix` for `seconds`, from autocannon on this machine's loopback.
 * Each connection sends one request a second (autocannon's `overallRate` over as many connections), so a
 * request has a second to be answered before its connection falls behind. autocannon starts every
 * connection's second at the same moment, which would send the whole second's requests in one burst:
 * the rate is split over ten instances started a tenth of a second apart, for an even flow.
 */
export async function loadAtRate(origin: string, mix: RequestMix, rate: number, seconds: number): Promise<RateResult> {
	const answers: Answer[] = [];
	const sent = new WeakMap<object, { request: MixedRequest; at: number }>();
	const waves = Math.min(10, rate);
	const runs = Array.from({ length: waves }, async (_, wave) => {
		const waveRate = Math.floor(rate / waves) + (wave < rate % waves ? 1 : 0);
		await new Promise((resolve) => setTimeout(resolve, (wave * 1000) / waves));
		return autocannon({
			url: origin,
			connections: waveRate,
			overallRate: waveRate,
			duration: seconds,
			requests: [
				{
					setupRequest: (defaults, context) => {
						const request = mix.next();
						sent.set(context, { request, at: performance.now() });
						const { method, path, headers, body } = request;
						return { ...defaults, method, path, headers, body: body ?? '' };
					},
					onResponse: (status, _body, context, headers = {}) => {
						const { request, at } = sent.get(context)!;
						const header = (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
						const location = header('location');
						const setCookie = header('set-cookie');
						answers.push({
							kind: request.kind,
							status,
							ms: performance.now() - at,
							served: status === (request.method === 'GET' ? 200 : 303),
							retryAfter: !!header('retry-after')
						});
						request.answered?.(status, {
							location: typeof location === 'string' ? location : undefined,
							setCookie: setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie]
						});
					}
				}
			]
		});
	});
	const results = await Promise.all(runs);
	return { rate, seconds, answers, failed: results.reduce((sum, result) => sum + result.errors, 0) };
}

export interface RateFigures {
	/** Answers a second, shed ones included. */
	achieved: number;
	p50: number;
	p975: number;
	p99: number;
	/** 503s: the server shedding load. */
	shed: number;
	/** 503s without a Retry-After. */
	shedWithoutRetryAfter: number;
	/** Anything else gone wrong: no answer, a server error, or a status the request should not get. */
	errors: number;
}

/**
 * The figures of a run. A request shed or failed counts as slower than every answer in the percentiles:
 * a p97.5 of Infinity says that more than 2.5 % of requests were not served.
 */
export function figures(result: RateResult): RateFigures {
	const times = result.answers.map((answer) => (answer.served ? answer.ms : Infinity));
	for (let i = 0; i < result.failed; i++) times.push(Infinity);
	times.sort((a, b) => a - b);
	const percentile = (p: number) =>
		times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! : NaN;
	const shed = result.answers.filter((answer) => answer.status === 503);
	return {
		achieved: result.answers.length / result.seconds,
		p50: percentile(50),
		p975: percentile(97.5),
		p99: percentile(99),
		shed: shed.length,
		shedWithoutRetryAfter: shed.filter((answer) => !answer.retryAfter).length,
		errors: result.failed + result.answers.filter((answer) => !answer.served && answer.status !== 503).length
	};
}

/** The p97.5 of each kind of request, served answers only, for seeing where the time goes. */
export function p975ByKind(result: RateResult): Map<string, number> {
	const byKind = new Map<string, number[]>();
	for (const answer of result.answers) {
		if (!answer.served) continue;
		const times = byKind.get(answer.kind) ?? [];
		times.push(answer.ms);
		byKind.set(answer.kind, times);
	}
	return new Map(
		[...byKind].map(([kind, times]) => {
			times.sort((a, b) => a - b);
			return [kind, times[Math.ceil(0.975 * times.length) - 1]!];
		})
	);
}

/** Milliseconds as the bench table shows them; Infinity (not served) as "not served". */
export function ms(value: number): string {
	return Number.isFinite(value) ? `${Math.round(value)} ms` : 'not served';
}
