/**
 * Whether methods are the very ones a patch was written against: present, taking as many arguments,
 * and with the same source text (a fingerprint of it). Several patches copy pdfmake's code step for
 * step; a method whose source has changed in any way would make such a copy wrong.
 */
import { createHash } from 'node:crypto';

/** What a patched method must look like: its `length`, and the fingerprint of its source. */
export interface MethodShape {
	arity: number;
	source: string;
}

/** The first 16 hex digits of the SHA-256 of a function's source text. */
export function sourceFingerprint(method: (...args: never[]) => unknown): string {
	return createHash('sha256').update(method.toString()).digest('hex').slice(0, 16);
}

/** Throws, saying what differs, unless each of `owner`'s `methods` has its expected shape. */
export function expectShape<T extends object>(
	ownerName: string,
	owner: unknown,
	methods: Partial<Record<keyof T, MethodShape>>
): asserts owner is T {
	for (const [name, shape] of Object.entries(methods) as Array<[string, MethodShape]>) {
		const method =
			typeof owner === 'object' || typeof owner === 'function'
				? (owner as Record<string, unknown> | null)?.[name]
				: undefined;
		if (typeof method !== 'function') throw new Error(`${ownerName}.${name} is missing`);
		if (method.length !== shape.arity)
			throw new Error(`${ownerName}.${name} takes ${method.length} arguments, not ${shape.arity}`);
		if (sourceFingerprint(method as () => unknown) !== shape.source)
			throw new Error(`${ownerName}.${name} is not the code the patch was written for`);
	}
}
