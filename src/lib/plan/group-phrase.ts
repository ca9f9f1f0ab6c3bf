/** How many are helped at once, as it reads within a sentence: "one to one", "in a group of 6". */
export function groupPhrase(groupSize: number): string {
	return groupSize === 1 ? 'one to one' : `in a group of ${groupSize}`;
}
