/**
 * The thread view's layout: the four layers as columns of boxes, and a line for every link, with
 * every coordinate worked out here, once, on the server. The page only draws what this returns, so
 * the view needs no script and no layout in the browser.
 *
 * Pure and linear in the size of the plan (items plus links): each item is placed once, each link
 * drawn once; only the few links of one box are sorted, to fan them out along its edge.
 */
import type { PlanDocument } from '../plan/schema';
import type { Finding } from '../thread/finding';
import { layers, type Layer } from './layers';
import { looseEnds } from './loose-ends';
import { wrapText } from './wrap';

/** Sizes, in SVG user units (CSS pixels when drawn at its natural size). */
export const sizes = {
	/** Around the whole drawing. */
	padding: 16,
	/** The column headings' band at the top. */
	headingHeight: 40,
	columnWidth: 220,
	/** Between two columns: room for the lines. */
	columnGap: 68,
	boxHeight: 98,
	/** From one box's top to the next one's, at the least. */
	pitch: 136,
	/** Above the first box and below the last: room for lines that pass round a column. */
	laneMargin: 28,
	/** The characters of an item's text on one line of a box, and the lines of it a box shows. */
	charactersPerLine: 25,
	textLines: 3
} as const;

/** A box: one item, where it sits, the lines of its text to show, and whether it is a loose end. */
export interface ThreadBox {
	layer: Layer;
	id: string;
	/** Its position in its layer, from 0: the box is labelled "Outcome 2" for index 1. */
	index: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The item's whole text (for the box's `<title>`). */
	text: string;
	/** What the box shows of it: at most `sizes.textLines` lines, the last ending "…" when cut. */
	lines: string[];
	truncated: boolean;
	/** Why it is a loose end, or empty when it is not one. */
	looseEnd: string[];
}

/** The kinds of link, named from → to as the plan stores them. */
export type LinkKind = 'need-aspiration' | 'outcome-aspiration' | 'outcome-need' | 'provision-outcome';

/** A line for one link: from the box on the left (`left`) to the box on the right (`right`). */
export interface ThreadLine {
	kind: LinkKind;
	/** The item the link is stored on (the right-hand box). */
	from: string;
	/** The item it links to (the left-hand box). */
	to: string;
	/** Where the line leaves the left box's right edge, and where it meets the right box's left edge. */
	start: { x: number; y: number };
	end: { x: number; y: number };
	/**
	 * For an outcome → aspiration line, which passes across the needs' column: the height of the gap
	 * between two needs (or above or below them all) where it crosses, so that it never runs under a box.
	 */
	laneY?: number;
	/** The SVG path: smooth curves between the columns, a straight run across the needs' column. */
	d: string;
}

export interface ThreadLayout {
	width: number;
	height: number;
	columns: Array<{ layer: Layer; x: number; count: number }>;
	boxes: ThreadBox[];
	lines: ThreadLine[];
}

const layerColumn: Readonly<Record<Layer, number>> = { aspiration: 0, need: 1, outcome: 2, provision: 3 };

function columnX(column: number): number {
	return sizes.padding + column * (sizes.columnWidth + sizes.columnGap);
}

/**
 * Lays out the thread of `plan`: its aspirations, needs, outcomes and provision as four columns, each
 * item a box, in the plan's order; a line for each link to an item that exists; loose ends (from the
 * thread checker's `findings`) flagged on their boxes.
 *
 * Every column is spread over the height of the longest, so that lines run as level as they can.
 */
export function layoutThread(plan: PlanDocument, findings: readonly Finding[]): ThreadLayout {
	const loose = looseEnds(findings);
	const lists: Record<Layer, ReadonlyArray<{ id: string; text: string }>> = {
		aspiration: plan.aspirations,
		need: plan.needs,
		outcome: plan.outcomes,
		provision: plan.provision
	};
	const longest = Math.max(1, ...layers.map((layer) => lists[layer].length));
	const top = sizes.padding + sizes.headingHeight + sizes.laneMargin;
	const columnHeight = longest * sizes.pitch;
	const height = top + columnHeight + sizes.laneMargin + sizes.padding;
	const width = columnX(4) - sizes.columnGap + sizes.padding;

	const boxes: ThreadBox[] = [];
	const byId: Record<Layer, Map<string, ThreadBox>> = {
		aspiration: new Map(),
		need: new Map(),
		outcome: new Map(),
		provision: new Map()
	};
	/** The spacing of each column's boxes: its slot height. */
	const slot: Record<Layer, number> = { aspiration: 0, need: 0, outcome: 0, provision: 0 };
	for (const layer of layers) {
		const items = lists[layer];
		slot[layer] = items.length > 0 ? columnHeight / items.length : columnHeight;
		items.forEach((item, index) => {
			if (byId[layer].has(item.id)) return; // a repeated id: the first one stands (as in the checker)
			const text = layer === 'aspiration' ? `“${item.text}”` : item.text;
			const { lines, truncated } = wrapText(text, sizes.charactersPerLine, sizes.textLines);
			const box: ThreadBox = {
				layer,
				id: item.id,
				index,
				x: columnX(layerColumn[layer]),
				y: top + slot[layer] * (index + 0.5) - sizes.boxHeight / 2,
				width: sizes.columnWidth,
				height: sizes.boxHeight,
				text: item.text,
				lines,
				truncated,
				looseEnd: loose.get(item.id)?.layer === layer ? loose.get(item.id)!.reasons : []
			};
			boxes.push(box);
			byId[layer].set(item.id, box);
		});
	}

	// The links, each with its two boxes; links to ids not in the plan draw nothing (broken links).
	const links: Array<{ kind: LinkKind; left: ThreadBox; right: ThreadBox }> = [];
	const add = (kind: LinkKind, right: ThreadBox | undefined, leftLayer: Layer, ids: readonly string[]) => {
		if (!right) return;
		const seen = new Set<string>();
		for (const id of ids) {
			const left = byId[leftLayer].get(id);
			if (!left || seen.has(id)) continue;
			seen.add(id);
			links.push({ kind, left, right });
		}
	};
	for (const need of plan.needs) add('need-aspiration', byId.need.get(need.id), 'aspiration', need.aspirationIds);
	for (const outcome of plan.outcomes) {
		add('outcome-aspiration', byId.outcome.get(outcome.id), 'aspiration', outcome.aspirationIds);
		add('outcome-need', byId.outcome.get(outcome.id), 'need', outcome.needIds);
	}
	for (const provision of plan.provision)
		add('provision-outcome', byId.provision.get(provision.id), 'outcome', provision.outcomeIds);

	// Outcome → aspiration lines cross the needs' column in the gap nearest their middle height.
	const needCount = lists.need.length;
	const needBoxes = byId.need.size;
	const laneOf = new Array<number>(links.length).fill(-1);
	const laneCounts = new Array<number>(needCount + 1).fill(0);
	links.forEach((link, i) => {
		if (link.kind !== 'outcome-aspiration' || needBoxes === 0) return;
		const middle = (centre(link.left) + centre(link.right)) / 2;
		const lane = Math.min(needCount, Math.max(0, Math.round((middle - top) / slot.need)));
		laneOf[i] = lane;
		laneCounts[lane] = laneCounts[lane]! + 1;
	});
	const laneUsed = new Array<number>(needCount + 1).fill(0);
	const linkAt = (i: number) => links[i]!;
	const laneY = links.map((_, i) => {
		const lane = laneOf[i]!;
		if (lane < 0) return undefined;
		const count = laneCounts[lane]!;
		const order = laneUsed[lane]!;
		laneUsed[lane] = order + 1;
		// The gap: between two boxes, or between the column's top or bottom edge and its first or last box.
		const firstTop = top + slot.need / 2 - sizes.boxHeight / 2;
		const gapTop = lane === 0 ? top - sizes.laneMargin : firstTop + slot.need * (lane - 1) + sizes.boxHeight;
		const gapBottom = lane === needCount ? top + columnHeight + sizes.laneMargin : firstTop + slot.need * lane;
		// Keep clear of the boxes' edges, so a line is never mistaken for an outline.
		const clear = Math.min(10, (gapBottom - gapTop) / 4);
		const step = count > 1 ? Math.min(6, (gapBottom - gapTop - 2 * clear) / (count - 1)) : 0;
		const target = (centre(linkAt(i).left) + centre(linkAt(i).right)) / 2 + (order - (count - 1) / 2) * step;
		return Math.min(gapBottom - clear, Math.max(gapTop + clear, target));
	});

	// Fan the lines out along each box's edge, ordered by the height of their other end, so they cross less.
	const leftEnds = new Map<ThreadBox, number[]>();
	const rightEnds = new Map<ThreadBox, number[]>();
	links.forEach((link, i) => {
		push(leftEnds, link.left, i);
		push(rightEnds, link.right, i);
	});
	const startY = new Array<number>(links.length).fill(0);
	const endY = new Array<number>(links.length).fill(0);
	const towardsRight = (i: number) => laneY[i] ?? centre(links[i]!.right);
	const towardsLeft = (i: number) => laneY[i] ?? centre(links[i]!.left);
	for (const [box, ends] of leftEnds) spread(box, ends, towardsRight, startY);
	for (const [box, ends] of rightEnds) spread(box, ends, towardsLeft, endY);

	const lines: ThreadLine[] = links.map((link, i) => {
		const start = { x: link.left.x + link.left.width, y: startY[i]! };
		const end = { x: link.right.x, y: endY[i]! };
		const lane = laneY[i];
		let d: string;
		if (lane === undefined) {
			d = curve(start.x, start.y, end.x, end.y, 'M');
		} else {
			const needLeft = columnX(layerColumn.need);
			const needRight = needLeft + sizes.columnWidth;
			d = `${curve(start.x, start.y, needLeft, lane, 'M')} L${round(needRight)} ${round(lane)} ${curve(needRight, lane, end.x, end.y, '')}`;
		}
		return {
			kind: link.kind,
			from: link.right.id,
			to: link.left.id,
			start,
			end,
			...(lane === undefined ? {} : { laneY: lane }),
			d
		};
	});

	return {
		width,
		height,
		columns: layers.map((layer) => ({ layer, x: columnX(layerColumn[layer]), count: byId[layer].size })),
		boxes,
		lines
	};
}

function centre(box: ThreadBox): number {
	return box.y + box.height / 2;
}

function push(map: Map<ThreadBox, number[]>, box: ThreadBox, index: number): void {
	const list = map.get(box);
	if (list) list.push(index);
	else map.set(box, [index]);
}

/** Sets where each of one box's lines meets its edge: spread over the middle 60% of the edge. */
function spread(box: ThreadBox, ends: number[], otherEnd: (i: number) => number, into: number[]): void {
	if (ends.length > 1) ends.sort((a, b) => otherEnd(a) - otherEnd(b) || a - b);
	const band = box.height * 0.6;
	const step = ends.length > 1 ? band / (ends.length - 1) : 0;
	ends.forEach((line, order) => {
		into[line] = ends.length > 1 ? box.y + box.height * 0.2 + order * step : centre(box);
	});
}

/** A smooth S-curve from one point to another, level at both ends. */
function curve(x1: number, y1: number, x2: number, y2: number, move: 'M' | ''): string {
	const bend = (x2 - x1) / 2;
	const head = move === 'M' ? `M${round(x1)} ${round(y1)} ` : '';
	return `${head}C${round(x1 + bend)} ${round(y1)} ${round(x2 - bend)} ${round(y2)} ${round(x2)} ${round(y2)}`;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
