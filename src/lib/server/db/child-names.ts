/** What the caseload search matches: "first last" and "known-as last", lower-cased. */
export function searchName(child: { firstName: string; lastName: string; knownAs?: string }): string {
	const names = [`${child.firstName} ${child.lastName}`];
	if (child.knownAs && child.knownAs !== child.firstName) names.push(`${child.knownAs} ${child.lastName}`);
	return names.join(' | ').toLocaleLowerCase('en-GB');
}
