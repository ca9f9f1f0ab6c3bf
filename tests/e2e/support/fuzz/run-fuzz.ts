/** Sends fuzzed requests to a running built server and says what, if anything, broke. */
import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { discoverTargets } from './discover-routes';
import { fuzzRequest, type FuzzRequest } from './fuzz-request';
import { seedFuzzWorld } from './fuzz-world';

export interface FuzzReport {
	targets: number;
	tried: number;
	/** Answers of 500 and above. */
	serverErrors: number;
	/** Answers whose text looks like a stack trace or a database error. */
	leaks: number;
	integrity: string;
	bystanderChanged: boolean;
	/** The first few requests that failed a check, to reproduce them. */
	failures: string[];
	byStatus: Record<number, number>;
}

/** The built server's default `BODY_SIZE_LIMIT` (2M, README). */
const BODY_SIZE_LIMIT = 2 * 1024 * 1024;

const stackTrace = /\bat [\w.<>]+ \(.*:\d+:\d+\)|SqliteError|TypeError:|ReferenceError:|node_modules\//;

/**
 * One request on a connection of its own: a server may close a connection whose request body it did
 * not read (an early 404 or 413), and a pooled client would lose whichever request it had sent next on
 * that connection, which is the client's race, not the server's failure.
 */
function send(request: FuzzRequest, cookie: string | undefined): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const sent = httpRequest(
			request.url,
			{
				method: request.method,
				headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
				agent: false
			},
			(response) => {
				if (String(response.headers['content-type']).startsWith('text/event-stream')) {
					// A live stream does not end: its status and first words are its answer.
					response.once('data', (chunk: Buffer) => {
						resolve({ status: response.statusCode ?? 0, text: chunk.toString('utf8') });
						response.destroy();
					});
					return;
				}
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
				);
				response.on('error', reject);
			}
		);
		// The server may answer (413) and close before a large body is all sent; the answer is what counts.
		// When the close overtakes the answer, the client sees only a broken pipe: over the limit, that
		// is the server refusing the body (status 0 in the report), not failing.
		sent.on('error', (error: NodeJS.ErrnoException) => {
			const overLimit = (request.body?.length ?? 0) > BODY_SIZE_LIMIT;
			if (overLimit && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) {
				resolve({ status: 0, text: `closed while ${request.body!.length} bytes were being sent` });
			} else reject(error);
		});
		sent.end(request.body);
	});
}

/**
 * `requests` fuzzed requests, `parallel` at a time (parallel bursts found races before), from
 * `seed` so a failure can be replayed. The server at `origin` serves the database at `databasePath`.
 */
export async function runFuzz(options: {
	origin: string;
	databasePath: string;
	requests: number;
	seed: number;
	parallel?: number;
}): Promise<FuzzReport> {
	const world = await seedFuzzWorld(options.databasePath, options.origin);
	const targets = discoverTargets();
	const before = world.bystander();
	const samples = fc.sample(fuzzRequest(targets, world, options.origin), {
		numRuns: options.requests,
		seed: options.seed
	});
	const report: FuzzReport = {
		targets: targets.length,
		tried: 0,
		serverErrors: 0,
		leaks: 0,
		integrity: '',
		bystanderChanged: false,
		failures: [],
		byStatus: {}
	};
	const parallel = options.parallel ?? 8;
	for (let start = 0; start < samples.length; start += parallel) {
		const batch = samples.slice(start, start + parallel);
		const cookies = await Promise.all(batch.map((request) => world.cookieFor(request.role)));
		const answers = await Promise.all(
			batch.map((request, index) =>
				send(request, cookies[index]).catch((error: Error) => ({
					status: 599,
					text: `${String(error)} ${String(error.cause)}`
				}))
			)
		);
		answers.forEach((answer, index) => {
			report.tried++;
			report.byStatus[answer.status] = (report.byStatus[answer.status] ?? 0) + 1;
			const broke = answer.status >= 500;
			const leaked = stackTrace.test(answer.text);
			if (broke) report.serverErrors++;
			if (leaked) report.leaks++;
			if ((broke || leaked) && report.failures.length < 10) {
				report.failures.push(`${answer.status} ${batch[index]!.label}: ${answer.text.slice(0, 200)}`);
			}
		});
	}
	report.integrity = world.integrity();
	report.bystanderChanged = world.bystander() !== before;
	return report;
}
