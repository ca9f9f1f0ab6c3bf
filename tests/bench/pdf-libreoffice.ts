/**
 * LibreOffice, headless, converting a .docx to PDF: the route the PDF is measured against. Installs
 * Debian's libreoffice-writer-nogui when `soffice` is missing (and says so on stderr). Every
 * conversion uses one fixed profile directory, so after the first (which creates the profile) the
 * conversions are warm, as a server converting documents all day would run them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The path of `soffice`, installing LibreOffice Writer first if it is missing. */
export function ensureSoffice(): string {
	const find = () => {
		try {
			return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
		} catch {
			return '';
		}
	};
	let path = find();
	if (path) return path;
	console.error('soffice is missing: installing libreoffice-writer-nogui with apt-get (a minute or two)…');
	const install = ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	try {
		execFileSync('apt-get', install, { stdio: ['ignore', 'ignore', 'inherit'], env });
	} catch {
		execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
		execFileSync('apt-get', install, { stdio: ['ignore', 'ignore', 'inherit'], env });
	}
	path = find();
	if (!path) throw new Error('soffice is still missing after installing libreoffice-writer-nogui');
	return path;
}

/** A LibreOffice converter with its own fixed profile, in a folder of its own. */
export interface Converter {
	/** Converts the .docx and gives the milliseconds it took, from starting soffice to its exit. */
	convert(docx: Uint8Array, name: string): Promise<number>;
	close(): void;
}

export function libreOffice(): Converter {
	const soffice = ensureSoffice();
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-bench-lo-'));
	const profile = pathToFileURL(join(folder, 'profile')).href;
	const out = join(folder, 'out');
	mkdirSync(out);
	return {
		async convert(docx, name) {
			const input = join(folder, `${name}.docx`);
			writeFileSync(input, docx);
			const started = performance.now();
			await run(
				soffice,
				[
					`-env:UserInstallation=${profile}`,
					'--headless',
					'--norestore',
					'--convert-to',
					'pdf',
					'--outdir',
					out,
					input
				],
				{
					timeout: 600_000
				}
			);
			return performance.now() - started;
		},
		close() {
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
