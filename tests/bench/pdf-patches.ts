/**
 * What each pdfmake patch gains: the 200-item plan rendered with every patch, and with every patch
 * but that one, each setting in a process of its own (the patches change pdfmake for the whole
 * process). Renders go in turn, one setting after another round after round, and each setting's
 * render is compared with all the patches' in the same round, so that a slow spell of a noisy machine
 * falls on both; the figure is the median of those ratios. A patch gaining less than 5 % does not earn
 * its place; a patch that is not a speed-up (`purpose`, the tagging) is shown with what it costs. `npm run bench -- --only=patches` runs this alone.
 *
 * Imports are relative so that tsx can load this file.
 */
import { pdfmakePatches } from '../../src/lib/server/pdf/pdfmake-patches/index';
import { median } from './median';
import { startRenderer, type Rendered, type RendererProcess } from './pdf-renderer-process';
import type { BenchRow, BenchSuite } from './row';

/** The least a patch must gain, as a ratio of render times, to be kept. */
const LEAST_GAIN = 1.05;

interface Setting {
	renderer: RendererProcess;
	renders: Rendered[];
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** The median over rounds of a setting's render time divided by all the patches' in the same round. */
function pairedRatio(without: Setting, all: Setting, time: (render: Rendered) => number): number {
	return median(without.renders.map((render, round) => time(render) / time(all.renders[round] as Rendered)));
}

/** A row giving what a setting loses against all the patches, against a target when there is one. */
function gainRow(name: string, without: Setting, all: Setting, target?: number): BenchRow {
	const wall = pairedRatio(without, all, (render) => render.ms);
	const cpu = pairedRatio(without, all, (render) => render.cpuMs);
	const times = (setting: Setting) => ms(median(setting.renders.map((render) => render.ms)));
	const measured = `${wall.toFixed(2)}× (${times(without)} vs ${times(all)}; processor time ${cpu.toFixed(2)}×)`;
	return target === undefined
		? { name, measured }
		: { name, measured, target: `≥ ${target.toFixed(2)}×`, met: wall >= target };
}

const suite: BenchSuite = {
	title: 'PDF patches',
	async run({ long }) {
		const names = pdfmakePatches.map((patch) => patch.name);
		const settings: Setting[] = await Promise.all(
			[undefined, 'off', ...names.map((name) => `-${name}`)].map(async (patches) => ({
				renderer: await startRenderer(patches),
				renders: []
			}))
		);
		try {
			for (const setting of settings) {
				for (let index = 0; index < (long ? 3 : 2); index++) await setting.renderer.render('two-hundred');
			}
			const rounds = long ? 25 : 7;
			for (let round = 0; round < rounds; round++) {
				// Each round starts with another setting, so that none always follows the same one.
				for (let turn = 0; turn < settings.length; turn++) {
					const setting = settings[(round + turn) % settings.length] as Setting;
					setting.renders.push(await setting.renderer.render('two-hundred'));
				}
			}
		} finally {
			for (const setting of settings) setting.renderer.close();
		}
		const [all, none, ...allBut] = settings as [Setting, Setting, ...Setting[]];
		const what = `200-item plan, median over ${all.renders.length} rounds of interleaved renders`;
		return [
			gainRow(`every pdfmake patch: without them vs with them (${what})`, none, all),
			...allBut.map((setting, index) => {
				const { name, purpose } = pdfmakePatches[index] as (typeof pdfmakePatches)[number];
				return purpose
					? gainRow(`pdfmake patch ${name} (${purpose}): what it costs, all vs all but it (${what})`, all, setting)
					: gainRow(`pdfmake patch ${name}: all but it vs all (${what})`, setting, all, LEAST_GAIN);
			})
		];
	}
};

export default suite;
