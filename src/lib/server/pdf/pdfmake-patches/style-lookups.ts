/**
 * Style look-ups once per text, not per word. Written for pdfmake 0.3.11.
 *
 * pdfmake resolves about twenty style properties for every word by pushing the word on its style
 * stack and walking it (allocating a closure and a `Set` each time): 6.7 million walks for the plan
 * with 200 in every list. The same walk, in the same order, is done here without allocating, and its
 * answer is remembered for the other words of the same text while the stack is unchanged (the stack
 * counts its pushes and pops; a word's own properties still come first). Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';
import { WORD_SOURCE } from './word-source';

interface StyleStack {
	styleOverrides: unknown[];
	styleDictionary: Record<string, Record<string, unknown> | undefined>;
	defaultStyle?: Record<string, unknown>;
	getProperty(property: string): unknown;
	push(item: unknown): void;
	pop(count?: number): void;
}

interface StyleStackClass {
	getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
	copyStyle(source?: unknown, destination?: unknown): unknown;
}

/** On a stack: how many times it has changed. */
const VERSION = Symbol('version');
/** On a text's style object: the values looked up for its words, and the stack state they hold for. */
const REMEMBERED = Symbol('remembered');
/** The source of words cut from plain strings, which carry no style of their own. */
const PLAIN_SOURCE = Object.freeze({});

interface Remembered {
	stack: StyleStack;
	version: number;
	values: Map<string, unknown>;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown) => typeof value === 'string' || value instanceof String;

/** A named style that inherits (`extends`): its look-ups are left to pdfmake's own code. */
const EXTENDS = Symbol('extends');

/** A named style's value for a property, as pdfmake's own look-up finds it, or `EXTENDS`. */
function namedStyleValue(stack: StyleStack, name: string, property: string): unknown {
	const style = stack.styleDictionary[name];
	if (!style) return undefined;
	const value = style[property];
	if (isValue(value)) return value;
	return style.extends ? EXTENDS : undefined;
}

export const styleLookups: PdfmakePatch = {
	name: 'style-lookups',
	writtenFor: { pdfmake: '0.3.11' },
	sameBytes: true,
	prepare({ pdfmakeClass }) {
		const Stack = pdfmakeClass('./StyleContextStack');
		expectShape<StyleStackClass>('pdfmake StyleContextStack', Stack, {
			getStyleProperty: { arity: 4, source: 'ca42470130b7e9d1' },
			copyStyle: { arity: 0, source: 'a41e0b84e5c1db07' }
		});
		const prototype = Stack.prototype;
		expectShape<StyleStack>('pdfmake StyleContextStack.prototype', prototype, {
			getProperty: { arity: 1, source: '1f44d5be2de5a5d4' },
			push: { arity: 1, source: '7bd07d3e34dd186e' },
			pop: { arity: 0, source: 'fceabdef989c05c7' }
		});
		return () => {
			// The same walk as pdfmake's getProperty, without a closure and a Set for each call.
			const getProperty = prototype.getProperty;
			prototype.getProperty = function (this: StyleStack, property: string): unknown {
				const overrides = this.styleOverrides;
				for (let index = overrides.length - 1; index >= 0; index--) {
					const item = overrides[index];
					if (isString(item)) {
						const value = namedStyleValue(this, String(item), property);
						if (value === EXTENDS) return getProperty.call(this, property);
						if (isValue(value)) return value;
					} else if (isValue((item as Record<string, unknown>)[property])) {
						return (item as Record<string, unknown>)[property];
					}
				}
				return this.defaultStyle && this.defaultStyle[property];
			};
			const { push, pop } = prototype;
			const changed = (stack: object) => {
				const counted = stack as Record<symbol, number>;
				counted[VERSION] = (counted[VERSION] ?? 0) + 1;
			};
			prototype.push = function (item) {
				changed(this);
				return push.call(this, item);
			};
			prototype.pop = function (count) {
				changed(this);
				return pop.call(this, count);
			};
			const copyStyle = Stack.copyStyle;
			Stack.copyStyle = function (source, destination) {
				const copy = copyStyle.call(this, source, destination);
				// Only the words TextBreaker cuts from a text get a destination: mark where their style came from.
				if (destination !== undefined && typeof copy === 'object' && copy !== null) {
					Object.defineProperty(copy, WORD_SOURCE, { value: source ?? PLAIN_SOURCE });
				}
				return copy;
			};
			const getStyleProperty = Stack.getStyleProperty;
			/** The property's value as pdfmake finds it, or undefined: the default is applied by the caller. */
			const resolve = (item: unknown, stack: StyleStack, property: string): unknown => {
				// pdfmake pushes the item's style names, then the item, and walks from the top: the item was
				// checked by the caller, its style names come next (the last first), then the stack.
				if (typeof item === 'object' && item !== null && (item as { section?: unknown }).section === undefined) {
					const style = (item as { style?: unknown }).style;
					if (style) {
						const names = Array.isArray(style) ? style : [style];
						for (let index = names.length - 1; index >= 0; index--) {
							const value = namedStyleValue(stack, String(names[index]), property);
							if (value === EXTENDS) return getStyleProperty.call(Stack, item, stack, property, undefined);
							if (isValue(value)) return value;
						}
					}
				} else if (!isString(item) && typeof item !== 'object') {
					return getStyleProperty.call(Stack, item, stack, property, undefined);
				}
				return stack.getProperty(property);
			};
			let plainRemembered: Remembered | undefined;
			Stack.getStyleProperty = function (item, stack, property, defaultValue) {
				const own = (item as Record<string, unknown>)[property];
				if (isValue(own)) return own;
				if (!stack) return defaultValue;
				const source =
					typeof item === 'object' && item !== null
						? (item as Record<symbol, object | undefined>)[WORD_SOURCE]
						: undefined;
				let value: unknown;
				if (!source) {
					value = resolve(item, stack, property);
				} else {
					const version = (stack as unknown as Record<symbol, number>)[VERSION] ?? 0;
					let remembered =
						source === PLAIN_SOURCE ? plainRemembered : (source as Record<symbol, Remembered | undefined>)[REMEMBERED];
					if (!remembered || remembered.stack !== stack || remembered.version !== version) {
						remembered = { stack, version, values: new Map() };
						if (source === PLAIN_SOURCE) plainRemembered = remembered;
						else Object.defineProperty(source, REMEMBERED, { value: remembered, configurable: true });
					}
					if (remembered.values.has(property)) {
						value = remembered.values.get(property);
					} else {
						value = resolve(item, stack, property);
						remembered.values.set(property, value);
					}
				}
				return isValue(value) ? value : defaultValue;
			};
		};
	}
};
