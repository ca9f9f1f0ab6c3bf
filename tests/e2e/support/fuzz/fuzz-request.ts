/** What the fuzz sends, as fast-check arbitraries over the discovered targets and the seeded world. */
import fc from 'fast-check';
import { importFuzzCase } from '../../../unit/interchange/fuzz';
import type { FuzzTarget } from './discover-routes';
import type { FuzzRole, FuzzWorld } from './fuzz-world';

export interface FuzzRequest {
	target: FuzzTarget;
	role: FuzzRole;
	url: string;
	method: FuzzTarget['method'];
	headers: Record<string, string>;
	body: Buffer | undefined;
	/** A line saying what was sent, for the report. */
	label: string;
}

const roles: FuzzRole[] = ['signed-out', 'admin', 'coordinator', 'practitioner', 'viewer', 'family', 'stranger'];

/** Values that have broken forms elsewhere: long, control characters, bad dates, wrong kinds of thing. */
function hostileValue(foreignIds: string[]): fc.Arbitrary<string> {
	return fc.oneof(
		fc.string({ maxLength: 40 }),
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\r\n', '\t\u0007\u001b[2J', '\u202eevil', '😀'.repeat(50)),
		fc.constant('x'.repeat(100 * 1024)),
		fc.constantFrom('2026-02-30', '0000-00-00', '99999-12-31', '2026-13-01', 'tomorrow', '1900-01-01', '2026-11-22'),
		fc.constantFrom('-1', '0', '1e308', 'NaN', '9007199254740993', '1.5', '[]', '{}', 'null', 'true'),
		fc.constantFrom("' OR 1=1 --", '"><script>alert(1)</script>', '../../etc/passwd', '%00', '${7*7}'),
		fc.constantFrom(...foreignIds),
		fc.constantFrom('child', 'parent', 'coordinator', 'admin', 'editor', 'viewer', 'contributor', 'new', 'on')
	);
}

function pathOf(target: FuzzTarget, values: Record<string, string>): string {
	return target.route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
}

const encode = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();

function multipart(fields: Array<[string, string]>, boundary: string): string {
	return (
		fields
			.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
			.join('') + `--${boundary}--\r\n`
	);
}

type Body = { contentType: string | undefined; body: Buffer | undefined; kind: string };

function body(fields: Array<[string, string]>, target: FuzzTarget): fc.Arbitrary<Body> {
	const shapes: Array<fc.Arbitrary<Body>> = [
		fc.constant({ kind: 'form', contentType: 'application/x-www-form-urlencoded', body: Buffer.from(encode(fields)) }),
		fc.constant({
			kind: 'multipart',
			contentType: 'multipart/form-data; boundary=fuzzfuzz',
			body: Buffer.from(multipart(fields, 'fuzzfuzz'))
		}),
		fc.constant({
			kind: 'multipart without its end',
			contentType: 'multipart/form-data; boundary=fuzzfuzz',
			body: Buffer.from(multipart(fields, 'fuzzfuzz').replace(/--fuzzfuzz--\r\n$/, ''))
		}),
		fc.constant({ kind: 'multipart without a boundary', contentType: 'multipart/form-data', body: Buffer.from('a=b') }),
		fc.uint8Array({ maxLength: 300 }).map((bytes) => ({
			kind: 'garbage multipart',
			contentType: 'multipart/form-data; boundary=fuzzfuzz',
			body: Buffer.from(bytes)
		})),
		fc.constant({ kind: 'text/plain', contentType: 'text/plain', body: Buffer.from(encode(fields)) }),
		fc.constant({
			kind: 'JSON',
			contentType: 'application/json',
			body: Buffer.from(JSON.stringify(Object.fromEntries(fields)))
		}),
		fc.constant({ kind: 'no body', contentType: undefined, body: undefined }),
		fc.constant({ kind: 'no content type', contentType: undefined, body: Buffer.from(encode(fields)) })
	];
	const oversized = fc.constant({
		kind: 'oversized (3 MB)',
		contentType: 'application/x-www-form-urlencoded',
		body: Buffer.from(encode([['text', 'x'.repeat(3 * 1024 * 1024)]]))
	});
	const weighted = [
		...shapes.map((arbitrary, index) => ({ arbitrary, weight: index < 2 ? 8 : 2 })),
		{ arbitrary: oversized, weight: 1 }
	];
	if (target.route.endsWith('/import')) {
		const plans = importFuzzCase().map((sample): Body => {
			const bytes = typeof sample.content === 'string' ? Buffer.from(sample.content) : Buffer.from(sample.content);
			const boundary = 'fuzzfuzz';
			const head =
				sample.via === 'file'
					? `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.json"\r\nContent-Type: application/json\r\n\r\n`
					: `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n`;
			return {
				kind: `plan import: ${sample.kind}`,
				contentType: `multipart/form-data; boundary=${boundary}`,
				body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)])
			};
		});
		weighted.push({ arbitrary: plans, weight: 20 });
	}
	return fc.oneof(...weighted);
}

/** One request: a target, a role, parameters, fields and a body shape. */
export function fuzzRequest(targets: FuzzTarget[], world: FuzzWorld, origin: string): fc.Arbitrary<FuzzRequest> {
	const parameterNames = Object.keys(world.parameters);
	return fc
		.record({
			target: fc.constantFrom(...targets),
			role: fc.constantFrom(...roles),
			parameters: fc.record(
				Object.fromEntries(parameterNames.map((name) => [name, fc.constantFrom(...world.parameters[name]!)]))
			),
			query: fc.option(
				fc.tuple(fc.constantFrom('next', 'edit', 'delete', 'q', 'page', 'notice'), hostileValue(world.foreignIds)),
				{
					nil: undefined
				}
			),
			accept: fc.constantFrom('text/html', 'application/json', '*/*')
		})
		.chain((base) => {
			const names = [...base.target.fields, 'id', 'revision', 'text', 'voice', 'versionId', 'planId', 'email'];
			const fields = fc.array(fc.tuple(fc.constantFrom(...names), hostileValue(world.foreignIds)), { maxLength: 8 });
			return fields.chain((pairs) =>
				body(pairs, base.target).map((sent): FuzzRequest => {
					const search = new URLSearchParams();
					if (base.target.action && base.target.action !== 'default') search.set(`/${base.target.action}`, '');
					if (base.query) search.set(base.query[0], base.query[1].slice(0, 2000));
					const query = search.toString().replace(/^%2F(\w+)=/, '/$1');
					const url = `${origin}${pathOf(base.target, base.parameters)}${query ? `?${query}` : ''}`;
					const headers: Record<string, string> = { origin, accept: base.accept };
					if (sent.contentType && base.target.method !== 'GET') headers['content-type'] = sent.contentType;
					const isGet = base.target.method === 'GET';
					return {
						target: base.target,
						role: base.role,
						url,
						method: base.target.method,
						headers,
						body: isGet ? undefined : sent.body,
						label: `${base.role} ${base.target.method} ${url.slice(origin.length, origin.length + 120)} (${isGet ? 'no body' : sent.kind})`
					};
				})
			);
		});
}
