/**
 * Bad input for the plan import, as fast-check arbitraries: random JSON, valid plans with one field
 * mutated, truncated files, wrong types, deep nesting, huge strings, bytes that are not UTF-8, and
 * files that are not JSON at all. Shared by the integration fuzz, the e2e sample and the bench.
 *
 * Imports use relative paths (not `$lib`) so that tsx can load this file for the bench.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { planArbitrary } from '../../fixtures/plan-arbitrary';

/** One submission: what is sent, and how (as a file's bytes or as pasted text). */
export interface FuzzCase {
	kind: string;
	via: 'file' | 'text';
	content: Uint8Array | string;
}

const sarahText = readFileSync(new URL('../../fixtures/sarah.plan.json', import.meta.url), 'utf8');
const encoder = new TextEncoder();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value, objects' keys and arrays' positions. */
function paths(
	value: Json,
	prefix: Array<string | number> = [],
	out: Array<Array<string | number>> = []
): Array<Array<string | number>> {
	if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
	else if (value !== null && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
	out.push(prefix);
	return out;
}

type Mutation = { type: 'set'; value: Json } | { type: 'delete' } | { type: 'add-key'; key: string; value: Json };

/** A copy of `document` with the value at `path` replaced, removed, or given an extra field. */
function mutate(document: Json, path: Array<string | number>, mutation: Mutation): Json {
	const copy = structuredClone(document) as Json;
	if (path.length === 0) return mutation.type === 'set' ? mutation.value : copy;
	let parent: Json = copy;
	for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[segment as never] as Json;
	const last = path[path.length - 1]!;
	const holder = parent as Record<string | number, Json>;
	if (mutation.type === 'set') holder[last as never] = mutation.value;
	else if (mutation.type === 'delete') {
		if (Array.isArray(parent)) parent.splice(Number(last), 1);
		else delete holder[last as never];
	} else {
		const target = holder[last as never];
		if (target !== null && typeof target === 'object' && !Array.isArray(target))
			(target as Record<string, Json>)[mutation.key] = mutation.value;
		else holder[last as never] = { [mutation.key]: mutation.value };
	}
	return copy;
}

/** Values of the wrong type, out of range or of the wrong shape, for a field. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
	fc.constantFrom<Json>(
		null,
		'',
		' ',
		0,
		-1,
		1.5,
		Infinity,
		true,
		[],
		{},
		'2027-02-30',
		'2027-13-01',
		'golden-thread/plan',
		'a1',
		'x'.repeat(2001)
	),
	fc.string({ maxLength: 40 }),
	fc.integer(),
	fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{ weight: 4, arbitrary: oddValue.map((value): Mutation => ({ type: 'set', value })) },
	{ weight: 2, arbitrary: fc.constant<Mutation>({ type: 'delete' }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.string({ minLength: 1, maxLength: 12 }), oddValue)
			.map(([key, value]): Mutation => ({ type: 'add-key', key, value }))
	}
);

/** A valid plan (Sarah's, or a generated one) with one field mutated. */
const mutatedPlan: fc.Arbitrary<string> = fc
	.oneof(
		fc.constant(JSON.parse(sarahText) as Json),
		planArbitrary({ maxItems: 3, brokenLinks: true }).map((plan) => plan as unknown as Json)
	)
	.chain((document) => fc.tuple(fc.constant(document), fc.constantFrom(...paths(document)), mutation))
	.map(([document, path, change]) => JSON.stringify(mutate(document, path, change)));

/** Nesting far deeper than any plan: arrays, objects, and objects in a plan's own fields. */
const deepNesting: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 100, max: 100_000 }), fc.constantFrom('array', 'object', 'in-plan'))
	.map(([depth, shape]) => {
		if (shape === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
		if (shape === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
		return sarahText.replace('"Sarah"', `${'{"firstName":'.repeat(depth)}"Sarah"${'}'.repeat(depth)}`);
	});

/** Strings far over the 2,000-character limit, in a field or as the whole file (some over 1 MB). */
const hugeStrings: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 2_001, max: 1_100_000 }), fc.constantFrom('field', 'whole', 'key'))
	.map(([length, where]) => {
		const text = 'é'.repeat(Math.ceil(length / 2)).slice(0, length);
		if (where === 'whole') return JSON.stringify(text);
		if (where === 'key') return sarahText.replace('"format"', `"${text}": 1, "format"`);
		return sarahText.replace('"Okafor"', JSON.stringify(text));
	});

/** Bytes that are not UTF-8: random bytes, or a plan with a bad byte in it. */
const invalidUtf8: fc.Arbitrary<Uint8Array> = fc.oneof(
	fc.uint8Array({ minLength: 1, maxLength: 2000 }),
	fc
		.tuple(fc.integer({ min: 0, max: sarahText.length - 1 }), fc.constantFrom(0xff, 0xfe, 0xc0, 0x80, 0xed))
		.map(([at, byte]) => {
			const bytes = encoder.encode(sarahText);
			const out = new Uint8Array(bytes.length + 1);
			out.set(bytes.subarray(0, at));
			out[at] = byte;
			out.set(bytes.subarray(at), at + 1);
			return out;
		})
);

/** Files that are not JSON, sent with a .json name. */
const notJson: fc.Arbitrary<Uint8Array | string> = fc.oneof(
	fc.constantFrom<Uint8Array | string>(
		'%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
		new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
		'<html><body>Plan</body></html>',
		'format: golden-thread/plan\nversion: 1\n',
		'\uFEFF',
		'NaN',
		'undefined',
		"{'format': 'golden-thread/plan'}"
	),
	fc.string({ maxLength: 200 }),
	fc.string({ maxLength: 200, unit: 'binary' })
);

/** Every kind of bad (and sometimes valid) input, labelled with its kind. */
export function importFuzzCase(): fc.Arbitrary<FuzzCase> {
	const text = (kind: string, arbitrary: fc.Arbitrary<string | Uint8Array>) =>
		fc
			.tuple(arbitrary, fc.constantFrom<'file' | 'text'>('file', 'text'))
			.map(([content, via]): FuzzCase => ({ kind, via: typeof content === 'string' ? via : 'file', content }));
	return fc.oneof(
		{
			weight: 3,
			arbitrary: text(
				'random JSON',
				fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null')
			)
		},
		{ weight: 6, arbitrary: text('one field mutated', mutatedPlan) },
		{
			weight: 2,
			arbitrary: text(
				'truncated',
				fc.integer({ min: 0, max: sarahText.length - 1 }).map((at) => sarahText.slice(0, at))
			)
		},
		{ weight: 1, arbitrary: text('deep nesting', deepNesting) },
		{ weight: 1, arbitrary: text('huge strings', hugeStrings) },
		{ weight: 2, arbitrary: text('invalid UTF-8', invalidUtf8) },
		{ weight: 2, arbitrary: text('not JSON', notJson) }
	);
}
