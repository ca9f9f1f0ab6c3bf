/**
 * The order of the boxes in each column of the thread view, chosen so that the lines between the
 * columns cross less: the barycentre method of layered drawings, with a few sweeps.
 *
 * Aspirations keep the plan's order, so the column a reader starts from reads 1, 2, 3 down the page.
 * Sweeping down the thread, each other column is sorted by the average height of the boxes its items
 * link to on the left; sweeping back up, by those they link to on the right. After each sweep the
 * orders are scored by counting crossings, and the best seen is kept, the plan's own order included:
 * the result never crosses more than the plan's order does.
 *
 * Time: a sweep sorts each column once and visits each link twice, and counting crossings sorts the
 * links, so O(n log n) in the number of items and links.
 */
import { layers, linkLayers, type Layer, type LinkKind } from './layers';

/** A link between two items that are both in the drawing: `left` is in the left-hand layer of its kind. */
export interface OrderLink {
	kind: LinkKind;
	left: string;
	right: string;
}

export type ColumnOrders = Record<Layer, string[]>;

type Neighbours = Record<Layer, Map<string, Array<{ layer: Layer; id: string }>>>;

const sweeps = ['down', 'up', 'down', 'up', 'down'] as const;
/** The columns each sweep reorders, in the order it takes them. */
const sweepLayers: Readonly<Record<(typeof sweeps)[number], readonly Layer[]>> = {
	down: ['need', 'outcome', 'provision'],
	up: ['outcome', 'need']
};

/** Orders each column's ids (each id once, in the plan's order) so that the `links` cross less. */
export function orderColumns(
	columns: Readonly<Record<Layer, readonly string[]>>,
	links: readonly OrderLink[]
): ColumnOrders {
	const towardsLeft = emptyNeighbours();
	const towardsRight = emptyNeighbours();
	for (const link of links) {
		const [leftLayer, rightLayer] = linkLayers[link.kind];
		neighboursOf(towardsLeft, rightLayer, link.right).push({ layer: leftLayer, id: link.left });
		neighboursOf(towardsRight, leftLayer, link.left).push({ layer: rightLayer, id: link.right });
	}

	let orders = copy(columns);
	let best = { orders: copy(columns), crossings: countCrossings(columns, links) };
	for (const sweep of sweeps) {
		const neighbours = sweep === 'down' ? towardsLeft : towardsRight;
		for (const layer of sweepLayers[sweep]) {
			const heights = relativeHeights(orders);
			const mine = heights[layer];
			const key = new Map(
				orders[layer].map((id) => {
					const others = neighbours[layer].get(id) ?? [];
					const sum = others.reduce((total, other) => total + heights[other.layer].get(other.id)!, 0);
					return [id, others.length > 0 ? sum / others.length : mine.get(id)!];
				})
			);
			orders = {
				...orders,
				[layer]: [...orders[layer]].sort((a, b) => key.get(a)! - key.get(b)! || mine.get(a)! - mine.get(b)!)
			};
		}
		const crossings = countCrossings(orders, links);
		if (crossings < best.crossings) best = { orders, crossings };
	}
	return best.orders;
}

/**
 * The crossings between lines of the same kind when the columns are in `orders`: two lines of one
 * kind cross when their left ends are in one order and their right ends in the other. (Lines of
 * different kinds meet in ways that depend on where the boxes are drawn; the layout's tests count those.)
 */
export function countCrossings(
	orders: Readonly<Record<Layer, readonly string[]>>,
	links: readonly OrderLink[]
): number {
	const position = Object.fromEntries(
		layers.map((layer) => [layer, new Map(orders[layer].map((id, index) => [id, index]))])
	) as Record<Layer, Map<string, number>>;
	let crossings = 0;
	for (const kind of Object.keys(linkLayers) as LinkKind[]) {
		const [leftLayer, rightLayer] = linkLayers[kind];
		const ends = links
			.filter((link) => link.kind === kind)
			.map((link) => [position[leftLayer].get(link.left)!, position[rightLayer].get(link.right)!] as const)
			.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		crossings += inversions(ends.map((end) => end[1]));
	}
	return crossings;
}

/** The pairs i < j with values[i] > values[j], counted while merge-sorting: O(n log n). */
function inversions(values: number[]): number {
	if (values.length < 2) return 0;
	const middle = values.length >> 1;
	const left = values.slice(0, middle);
	const right = values.slice(middle);
	let count = inversions(left) + inversions(right);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < left.length && j < right.length) {
		if (left[i]! <= right[j]!) values[k++] = left[i++]!;
		else {
			count += left.length - i;
			values[k++] = right[j++]!;
		}
	}
	while (i < left.length) values[k++] = left[i++]!;
	while (j < right.length) values[k++] = right[j++]!;
	return count;
}

/** Each box's height in its column, from 0 (top) to 1 (bottom), so that columns of any length compare. */
function relativeHeights(orders: ColumnOrders): Record<Layer, Map<string, number>> {
	return Object.fromEntries(
		layers.map((layer) => {
			const ids = orders[layer];
			return [layer, new Map(ids.map((id, index) => [id, (index + 0.5) / ids.length]))];
		})
	) as Record<Layer, Map<string, number>>;
}

function emptyNeighbours(): Neighbours {
	return { aspiration: new Map(), need: new Map(), outcome: new Map(), provision: new Map() };
}

function neighboursOf(neighbours: Neighbours, layer: Layer, id: string): Array<{ layer: Layer; id: string }> {
	let list = neighbours[layer].get(id);
	if (!list) neighbours[layer].set(id, (list = []));
	return list;
}

function copy(columns: Readonly<Record<Layer, readonly string[]>>): ColumnOrders {
	return {
		aspiration: [...columns.aspiration],
		need: [...columns.need],
		outcome: [...columns.outcome],
		provision: [...columns.provision]
	};
}
