/**
 * Run by pdfmake-patches.test.ts as `node --import tsx tests/integration/pdf/pdfmake-patches-tampered-child.ts`:
 * changes one of the methods the style-lookups patch changes (as a new pdfmake might), applies the
 * patches, and prints as JSON what became of them, the warnings, and whether the patch's other
 * methods were left as they were.
 */
import { createRequire } from 'node:module';
import { applyPdfmakePatches } from '../../../src/lib/server/pdf/pdfmake-patches/index';

interface Stack {
	prototype: Record<string, (...args: unknown[]) => unknown>;
	[name: string]: unknown;
}

const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const Stack = (fromPdfmake('./StyleContextStack') as { default: Stack }).default;
const pop = Stack.prototype.pop as (count?: number) => void;
// The same work, and the same number of declared arguments (none), in other words.
Stack.prototype.pop = function (...counts: unknown[]) {
	return pop.call(this, ...(counts as [number?]));
};
const before = {
	getProperty: Stack.prototype.getProperty,
	push: Stack.prototype.push,
	copyStyle: Stack.copyStyle,
	getStyleProperty: Stack.getStyleProperty
};
const warnings: string[] = [];
console.warn = (...parts: unknown[]) => void warnings.push(parts.join(' '));
const report = applyPdfmakePatches(undefined);
const after = {
	getProperty: Stack.prototype.getProperty,
	push: Stack.prototype.push,
	copyStyle: Stack.copyStyle,
	getStyleProperty: Stack.getStyleProperty
};
process.stdout.write(
	JSON.stringify({
		report,
		warnings,
		untouched: Object.entries(before).every(([name, method]) => after[name as keyof typeof after] === method)
	})
);
