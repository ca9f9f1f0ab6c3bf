/**
 * The thread view's layout: the four layers as columns of boxes, and a line for every link, with
 * every coordinate worked out here, once, on the server. The page only draws what this returns, so
 * the view needs no script and no layout in the browser.
 *
 * Pure, and close to linear in the size of the plan (items plus links): ordering the columns sorts
 * them a few times (O(n log n)); then each item is placed once and each link drawn once, and only the
 * few links of one box are sorted, to fan them out along its edge.
 */
import type { PlanDocument } from '../plan/schema';
import type { Finding } from '../thread/finding';
import { layers, linkLayers, type Layer, type LinkKind } from './layers';
import { looseEnds } from './loose-ends';
import { orderColumns } from './order';
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
	/** Between two boxes of a column, at the least: room for lines that pass between them. */
	boxGap: 38,
	/** Above the first box and below the last: room for lines that pass round a column. */
	laneMargin: 28,
	/** From a box's top: the baseline of its label ("Outcome 2"), then of the first line of its text. */
	labelBaseline: 23,
	textBaseline: 46,
	/** From one line of text to the next, and below the last line to the box's bottom edge. */
	lineHeight: 19,
	bottomPadding: 14,
	/** The characters of an item's text on one line of a box (15px text in a 200px wide line). */
	charactersPerLine: 25
} as const;

/** A box: one item, where it sits, its text broken into lines, and whether it is a loose end. */
export interface ThreadBox {
	layer: Layer;
	id: string;
	/** Its position in its layer in the plan, from 0: the box is labelled "Outcome 2" for index 1. */
	index: number;
	x: number;
	y: number;
	width: number;
	/** Grows with its text: every line of it is shown. */
	height: number;
	/** The item's whole text. */
	text: string;
	/** The text as shown, broken into lines that fit the box (an aspiration's in quotation marks). */
	lines: string[];
	/** Why it is a loose end, or empty when it is not one. */
	looseEnd: string[];
}

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

/** The height of a box showing `lines` lines of text (at least room for one). */
function boxHeight(lines: number): number {
	return sizes.textBaseline + (Math.max(1, lines) - 1) * sizes.lineHeight + sizes.bottomPadding;
}

/**
 * Lays out the thread of `plan`: its aspirations, needs, outcomes and provision as four columns, each
 * item a box showing all its text; a line for each link to an item that exists; loose ends (from the
 * thread checker's `findings`) flagged on their boxes.
 *
 * Each column is put in the order that makes its lines cross least (`orderColumns`), unless
 * `planOrder` asks for the plan's own order. Each column's boxes, each as tall as its text, are spread
 * over the height of the tallest column, so that lines run as level as they can.
 */
export function layoutThread(
	plan: PlanDocument,
	findings: readonly Finding[],
	{ planOrder = false }: { planOrder?: boolean } = {}
): ThreadLayout {
	const loose = looseEnds(findings);
	const lists: Record<Layer, ReadonlyArray<{ id: string; text: string }>> = {
		aspiration: plan.aspirations,
		need: plan.needs,
		outcome: plan.outcomes,
		provision: plan.provision
	};
	const width = columnX(4) - sizes.columnGap + sizes.padding;

	const boxes: ThreadBox[] = [];
	const byId: Record<Layer, Map<string, ThreadBox>> = {
		aspiration: new Map(),
		need: new Map(),
		outcome: new Map(),
		provision: new Map()
	};
	for (const layer of layers) {
		lists[layer].forEach((item, index) => {
			if (byId[layer].has(item.id)) return; // a repeated id: the first one stands (as in the checker)
			const lines = wrapText(layer === 'aspiration' ? `“${item.text}”` : item.text, sizes.charactersPerLine);
			const box: ThreadBox = {
				layer,
				id: item.id,
				index,
				x: columnX(layerColumn[layer]),
				y: 0,
				width: sizes.columnWidth,
				height: boxHeight(lines.length),
				text: item.text,
				lines,
				looseEnd: loose.get(item.id)?.layer === layer ? loose.get(item.id)!.reasons : []
			};
			boxes.push(box);
			byId[layer].set(item.id, box);
		});
	}

	// The links, each with its two boxes; links to ids not in the plan draw nothing (broken links).
	const links: Array<{ kind: LinkKind; left: ThreadBox; right: ThreadBox }> = [];
	const add = (kind: LinkKind, right: ThreadBox | undefined, ids: readonly string[]) => {
		if (!right) return;
		const seen = new Set<string>();
		for (const id of ids) {
			const left = byId[linkLayers[kind][0]].get(id);
			if (!left || seen.has(id)) continue;
			seen.add(id);
			links.push({ kind, left, right });
		}
	};
	for (const need of plan.needs) add('need-aspiration', byId.need.get(need.id), need.aspirationIds);
	for (const outcome of plan.outcomes) {
		add('outcome-aspiration', byId.outcome.get(outcome.id), outcome.aspirationIds);
		add('outcome-need', byId.outcome.get(outcome.id), outcome.needIds);
	}
	for (const provision of plan.provision)
		add('provision-outcome', byId.provision.get(provision.id), provision.outcomeIds);

	// Each column in its order, its boxes stacked; a shorter column shares out the height it has spare.
	const idsOf = (layer: Layer) => [...byId[layer].keys()];
	const columnIds = {
		aspiration: idsOf('aspiration'),
		need: idsOf('need'),
		outcome: idsOf('outcome'),
		provision: idsOf('provision')
	};
	const orders = planOrder
		? columnIds
		: orderColumns(
				columnIds,
				links.map((link) => ({ kind: link.kind, left: link.left.id, right: link.right.id }))
			);
	const columns = layers.map((layer) => orders[layer].map((id) => byId[layer].get(id)!));
	const natural = columns.map((column) => column.reduce((total, box) => total + box.height + sizes.boxGap, 0));
	const columnHeight = Math.max(boxHeight(1) + sizes.boxGap, ...natural);
	const top = sizes.padding + sizes.headingHeight + sizes.laneMargin;
	const height = top + columnHeight + sizes.laneMargin + sizes.padding;
	columns.forEach((column, c) => {
		const share = column.length > 0 ? (columnHeight - natural[c]!) / column.length : 0;
		let y = top;
		for (const box of column) {
			const slot = box.height + sizes.boxGap + share;
			box.y = y + (slot - box.height) / 2;
			y += slot;
		}
	});

	// Outcome → aspiration lines cross the needs' column in the gap nearest their middle height: above
	// the first need, between two, or below the last.
	const needColumn = columns[layerColumn.need]!;
	const gaps = needColumn.length === 0 ? [] : needGaps(needColumn, top, columnHeight);
	const laneOf = new Array<number>(links.length).fill(-1);
	const laneCounts = new Array<number>(gaps.length).fill(0);
	links.forEach((link, i) => {
		if (link.kind !== 'outcome-aspiration' || gaps.length === 0) return;
		const lane = nearestGap(gaps, (centre(link.left) + centre(link.right)) / 2);
		laneOf[i] = lane;
		laneCounts[lane] = laneCounts[lane]! + 1;
	});
	const laneUsed = new Array<number>(gaps.length).fill(0);
	const linkAt = (i: number) => links[i]!;
	const laneY = links.map((_, i) => {
		const lane = laneOf[i]!;
		if (lane < 0) return undefined;
		const count = laneCounts[lane]!;
		const order = laneUsed[lane]!;
		laneUsed[lane] = order + 1;
		const { top: gapTop, bottom: gapBottom } = gaps[lane]!;
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

/** The gaps a line can cross the needs' column by, top to bottom: above the first box, between each two, below the last. */
function needGaps(
	column: readonly ThreadBox[],
	top: number,
	columnHeight: number
): Array<{ top: number; bottom: number }> {
	const gaps = [{ top: top - sizes.laneMargin, bottom: column[0]!.y }];
	for (let i = 1; i < column.length; i += 1)
		gaps.push({ top: column[i - 1]!.y + column[i - 1]!.height, bottom: column[i]!.y });
	const last = column[column.length - 1]!;
	gaps.push({ top: last.y + last.height, bottom: top + columnHeight + sizes.laneMargin });
	return gaps;
}

/** The index of the gap whose middle is nearest `y`, found by halving (the gaps run top to bottom). */
function nearestGap(gaps: ReadonlyArray<{ top: number; bottom: number }>, y: number): number {
	const middle = (i: number) => (gaps[i]!.top + gaps[i]!.bottom) / 2;
	let low = 0;
	let high = gaps.length - 1;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (middle(mid) < y) low = mid + 1;
		else high = mid;
	}
	return low > 0 && y - middle(low - 1) < middle(low) - y ? low - 1 : low;
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
