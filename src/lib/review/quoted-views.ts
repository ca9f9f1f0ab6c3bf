/**
 * Views in someone's own words, as the review shows them: in quotation marks, unless they already hold
 * their own (a review meeting's record quotes each thing said, under the meeting's date).
 */
export function quotedViews(text: string): string {
	return text.includes('“') ? text : `“${text}”`;
}
