import { posix } from 'node:path';
import type { ImportEdge } from './graph';

/**
 * A cycle between folders: each folder is a node (a folder and its subfolder are different nodes), and
 * a file in one folder importing a file in another is an edge. `folders` starts and ends on the same
 * folder; `imports[i]` is one import behind the step from `folders[i]` to `folders[i + 1]`.
 */
export interface FolderCycle {
	folders: string[];
	imports: ImportEdge[];
}

/** The folder graph: for each folder, the folders its files import, with the first import found for each. */
function folderGraph(edges: readonly ImportEdge[]): Map<string, Map<string, ImportEdge>> {
	const graph = new Map<string, Map<string, ImportEdge>>();
	for (const edge of edges) {
		if (edge.target.kind !== 'file') continue;
		const from = posix.dirname(edge.from);
		const to = posix.dirname(edge.target.path);
		if (from === to) continue;
		const out = graph.get(from) ?? new Map<string, ImportEdge>();
		if (!out.has(to)) out.set(to, edge);
		graph.set(from, out);
	}
	return graph;
}

/**
 * One cycle for each knot of folders that reach each other (Tarjan's strongly connected components):
 * the shortest way round from the knot's first folder. Untying it shows any other cycle in the knot.
 */
export function folderCycles(edges: readonly ImportEdge[]): FolderCycle[] {
	const graph = folderGraph(edges);
	return stronglyConnected(graph)
		.filter((component) => component.length > 1)
		.map((component) => shortestCycle(graph, new Set(component), component.sort()[0]!));
}

function stronglyConnected(graph: Map<string, Map<string, ImportEdge>>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (node: string): void => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node)?.keys() ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			components.push(component);
		}
	};
	for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
	return components;
}

/** Breadth first from `start` back to itself, staying inside the knot. */
function shortestCycle(graph: Map<string, Map<string, ImportEdge>>, knot: Set<string>, start: string): FolderCycle {
	const cameFrom = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.shift()!;
		for (const next of graph.get(node)?.keys() ?? []) {
			if (!knot.has(next) || cameFrom.has(next)) continue;
			cameFrom.set(next, node);
			if (next === start) return walkBack(graph, cameFrom, start);
			queue.push(next);
		}
	}
	throw new Error(`${start} is in a knot of folders but no cycle leads back to it`);
}

function walkBack(
	graph: Map<string, Map<string, ImportEdge>>,
	cameFrom: Map<string, string>,
	start: string
): FolderCycle {
	const folders = [start];
	let node = cameFrom.get(start)!;
	while (node !== start) {
		folders.unshift(node);
		node = cameFrom.get(node)!;
	}
	folders.unshift(start);
	const imports = folders.slice(1).map((to, i) => graph.get(folders[i]!)!.get(to)!);
	return { folders, imports };
}

/** The cycle as one line, with the import behind each step. */
export const describeCycle = (cycle: FolderCycle): string =>
	cycle.folders
		.slice(1)
		.reduce(
			(line, folder, i) => `${line} → ${folder} (${cycle.imports[i]!.from} imports '${cycle.imports[i]!.specifier}')`,
			cycle.folders[0]!
		);
