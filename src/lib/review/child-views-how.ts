/** How the child gave their views at a review (reviews.md), in the order the form lists them. */
export const childViewsHows = ['meeting', 'beforehand', 'drawing', 'trusted-adult'] as const;

/** What each way of giving views is called, on the page and in the PDF. */
export const childViewsHowLabels: Readonly<Record<(typeof childViewsHows)[number], string>> = {
	meeting: 'In the meeting',
	beforehand: 'Beforehand, talking or writing',
	drawing: 'Through a drawing or pictures',
	'trusted-adult': 'Through a trusted adult'
};
