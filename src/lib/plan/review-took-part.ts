/**
 * Who took part in a review, in words for one line ("Grace Okafor, Mr Daniel Price, the child, the
 * family"): the team members ticked, then the child and the family where their own boxes were ticked.
 * The child is one person: when they are among the members ticked, "the child" is not added as well.
 */
export function tookPartWords(review: {
	tookPart: ReadonlyArray<{ name: string; role: string }>;
	childTookPart: boolean;
	familyTookPart: boolean;
}): string[] {
	const childNamed = review.tookPart.some((who) => who.role === 'child-young-person');
	return [
		...review.tookPart.map((who) => who.name),
		...(review.childTookPart && !childNamed ? ['the child'] : []),
		...(review.familyTookPart ? ['the family'] : [])
	];
}
