/** How findings name the items they are about. */

/** The longest quotation of an item's text in a message, before the ellipsis. */
export const QUOTE_LENGTH = 40;

/**
 * The start of `text`, on one line: the whole text when it is at most `length` characters, otherwise
 * about its first `length` characters, cut at a word, with an ellipsis: "By the age of 16, Sarah will have a…".
 */
export function shorten(text: string, length: number): string {
	const flat = text.length > length * 4 ? text.slice(0, length * 4) : text;
	const words = flat.replace(/\s+/g, ' ').trim();
	if (words.length <= length && flat.length === text.length) return words;
	let cut = words.slice(0, length + 1);
	const space = cut.lastIndexOf(' ');
	cut = space > length / 2 ? cut.slice(0, space) : cut.slice(0, length);
	return `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The start of `text`, in curly quotes: the whole text when it is short, otherwise about its first
 * 40 characters, cut at a word, with an ellipsis: “By the age of 16, Sarah will have a…”.
 */
export function quote(text: string): string {
	return `“${shorten(text, QUOTE_LENGTH)}”`;
}

/** An id, quoted for a message: "n9". Very long ids are shortened. */
export function quoteId(id: string): string {
	return `"${id.length > QUOTE_LENGTH ? `${id.slice(0, QUOTE_LENGTH - 1)}…` : id}"`;
}
