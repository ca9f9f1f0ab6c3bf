/** The four layers of the golden thread, with the label, plural and icon each carries wherever it appears. */

/** A layer of the thread, in the thread's order. */
export const layers = ['aspiration', 'need', 'outcome', 'provision'] as const;
export type Layer = (typeof layers)[number];

/** What one item of each layer is called. */
export const layerLabels: Readonly<Record<Layer, string>> = {
	aspiration: 'Aspiration',
	need: 'Need',
	outcome: 'Outcome',
	provision: 'Provision'
};

/** What the column (or the list) of each layer is called. */
export const layerHeadings: Readonly<Record<Layer, string>> = {
	aspiration: 'Aspirations',
	need: 'Needs',
	outcome: 'Outcomes',
	provision: 'Provision'
};

/**
 * Each layer's icon, drawn in a 24 × 24 box with a 2-unit stroke and no fill (the shapes of the app's
 * layer icons): a star for aspirations, a barrier for needs, a target for outcomes, a hand for provision.
 * `dot` is a filled circle some icons add (the target's bull's-eye).
 */
export const layerIcons: Readonly<
	Record<Layer, { paths: readonly string[]; dot?: { cx: number; cy: number; r: number } }>
> = {
	aspiration: { paths: ['M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5L2.5 9.4l6.6-.9z'] },
	need: {
		paths: [
			'M3.5 7h17a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1h-17a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1z',
			'M6 7l4 7M12 7l4 7M5 14v6M19 14v6'
		]
	},
	outcome: {
		paths: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10z'],
		dot: { cx: 12, cy: 12, r: 1.5 }
	},
	provision: {
		paths: ['M3 13h3l4 3h4a1.5 1.5 0 0 0 0-3h-3M6 13v7H3v-7M14 13l4.5-2.2a1.7 1.7 0 0 1 2 2.6L15 19H10l-4-1.5']
	}
};

/** The kinds of link, named from → to as the plan stores them. */
export type LinkKind = 'need-aspiration' | 'outcome-aspiration' | 'outcome-need' | 'provision-outcome';

/** The layers a link of each kind joins: the one it links to (drawn on the left), then the one it is stored on. */
export const linkLayers: Readonly<Record<LinkKind, readonly [Layer, Layer]>> = {
	'need-aspiration': ['aspiration', 'need'],
	'outcome-aspiration': ['aspiration', 'outcome'],
	'outcome-need': ['need', 'outcome'],
	'provision-outcome': ['outcome', 'provision']
};
