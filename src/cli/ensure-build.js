// Builds the app when `build/` is missing or older than anything it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const sources = [
	'src',
	'migrations',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];

// Newest modification time under a path, in milliseconds.
/** @param {string} path @returns {number} */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

export function ensureBuild() {
	const marker = join(root, 'build', 'index.js');
	const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
	const changed = Math.max(...sources.map((source) => newest(join(root, source))));
	if (built > changed) return;
	console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
	const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuild();
