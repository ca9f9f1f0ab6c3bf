/**
 * On a word pdfmake's TextBreaker cut from a text: the style object of that text (pdfmake copies it
 * onto every word). The style-lookups patch marks it; it and the text-measure patch know by it that
 * words share their text's style.
 */
export const WORD_SOURCE = Symbol('word source');
