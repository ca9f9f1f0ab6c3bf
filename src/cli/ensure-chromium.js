// Before the end-to-end tests: Debian's Chromium, which Playwright drives (its own browser download is
// blocked here). Installed from Debian's packages when missing and this runs as root, as on CI or a fresh
// machine; otherwise it says plainly what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(path)) {
	if (process.env.CHROMIUM_PATH) {
		console.error(`CHROMIUM_PATH names ${path}, which does not exist. Point it at Chromium, or unset it.`);
		process.exit(1);
	}
	if (process.getuid?.() !== 0) {
		console.error(
			'The end-to-end tests need Chromium. Install it with: sudo apt-get install --no-install-recommends chromium (or set CHROMIUM_PATH).'
		);
		process.exit(1);
	}
	console.log("Installing Chromium from Debian's packages for the end-to-end tests");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', 'chromium']
	]) {
		const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
		if (run.status !== 0) {
			console.error(
				`apt-get ${args.join(' ')} failed (${run.status ?? run.error?.message}): Chromium could not be installed.`
			);
			process.exit(1);
		}
	}
	if (!existsSync(path)) {
		console.error(`Chromium was installed but is not at ${path}.`);
		process.exit(1);
	}
}
