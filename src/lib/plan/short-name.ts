/** Titles after which the first word alone would not name anyone ("Mrs said"). */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev']);

/**
 * How the plan names a person in a sentence: "Grace" for "Grace Okafor", but "Mrs Okafor" kept whole,
 * since a title is how that person asked to be called.
 */
export function shortName(name: string): string {
	const words = name.trim().split(/\s+/);
	const first = words[0] ?? '';
	return titles.has(first.toLowerCase().replace(/\.$/, '')) ? words.join(' ') : first;
}
