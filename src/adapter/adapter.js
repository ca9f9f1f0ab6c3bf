import nodeAdapter from '@sveltejs/adapter-node';
import { copyFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * adapter-node, with `src/adapter/entry.js` as the built server's entry: adapter-node's own
 * `index.js` becomes `server.js`, which the entry imports after setting what must hold however the
 * server is started.
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function adapter() {
	const node = nodeAdapter();
	return {
		...node,
		name: 'golden-thread-node',
		async adapt(builder) {
			await node.adapt(builder);
			renameSync('build/index.js', 'build/server.js');
			copyFileSync(fileURLToPath(new URL('./entry.js', import.meta.url)), 'build/index.js');
		}
	};
}
