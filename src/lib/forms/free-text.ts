import * as v from 'valibot';
import { TEXT_MAX_LENGTH } from '../plan/vocabulary';

/**
 * Control characters other than tab and line breaks: nothing a person types, and nothing the page or
 * the PDF can show, so text holding them is refused rather than stored.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A box of someone's own words: trimmed, at most `max` characters, no control characters; null when left
 * empty. `name` begins each message ("What’s working must be 2,000 characters or fewer").
 */
export function optionalFreeText(name: string, max = TEXT_MAX_LENGTH) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.maxLength(max, `${name} must be ${max.toLocaleString('en-GB')} characters or fewer`),
		v.check((text) => !controlCharacters.test(text), `${name} holds characters that cannot be shown: remove them`),
		v.transform((text) => (text === '' ? null : text))
	);
}

/** As `optionalFreeText`, but it must be given: `enter` says what to type when it is empty. */
export function requiredFreeText(name: string, enter: string, max = TEXT_MAX_LENGTH) {
	return v.pipe(
		optionalFreeText(name, max),
		v.check((text) => text !== null, enter),
		v.transform((text) => text!)
	);
}
