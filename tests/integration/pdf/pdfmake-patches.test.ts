/**
 * The pdfmake patches leave PDFs as they were: the example plans and the bench's 200-item plan,
 * rendered in child processes with every patch, with none (`PDFMAKE_PATCHES=off`) and with only the
 * patches that claim the same bytes, have the same pages and text, and the same bytes where claimed.
 * (The bench's plan with 200 in every list is left out: 40 s a render without the patches.)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfmakePatches, type PatchReport } from '../../../src/lib/server/pdf/pdfmake-patches/index';
import { startRenderer, type RenderedPlanName, type RendererProcess } from '../../bench/pdf-renderer-process';
import { readPdf } from './read-pdf';

const names = pdfmakePatches.map((patch) => patch.name);
const changingBytes = pdfmakePatches.filter((patch) => !patch.sameBytes).map((patch) => `-${patch.name}`);
const plans: RenderedPlanName[] = ['sarah', 'amara', 'kacper', 'tariq', 'two-hundred'];
const root = fileURLToPath(new URL('../../../', import.meta.url));

let all: RendererProcess;
let none: RendererProcess;
let sameBytes: RendererProcess;

beforeAll(async () => {
	[all, none, sameBytes] = await Promise.all([
		startRenderer(undefined),
		startRenderer('off'),
		startRenderer(changingBytes.join(','))
	]);
});

afterAll(() => {
	for (const renderer of [all, none, sameBytes]) renderer?.close();
});

describe('the pdfmake patches', () => {
	it('are all applied when PDFMAKE_PATCHES is unset, none when it is "off"', () => {
		expect(all.report).toEqual({ applied: names, off: [], skipped: [] });
		expect(none.report).toEqual({ applied: [], off: names, skipped: [] });
		expect(sameBytes.report.off).toEqual(changingBytes.map((name) => name.slice(1)));
	});

	it.each(plans)(
		"leave %s's PDF as it was: the same pages and text, and the same bytes where claimed",
		async (plan) => {
			const [patched, plain, sameBytesOnly] = await Promise.all([
				all.render(plan),
				none.render(plan),
				sameBytes.render(plan)
			]);
			expect(Buffer.from(sameBytesOnly.bytes).equals(Buffer.from(plain.bytes)), 'bytes').toBe(true);
			const [withPatches, without] = await Promise.all([readPdf(patched.bytes), readPdf(plain.bytes)]);
			expect(withPatches.pages.length, 'pages').toBe(without.pages.length);
			withPatches.pages.forEach((page, index) => expect(page, `page ${index + 1}`).toEqual(without.pages[index]));
			expect(withPatches.info).toEqual(without.info);
		},
		60_000
	);

	it('leave out whole, with one warning, a patch whose library differs from what it was written for', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'tests/integration/pdf/pdfmake-patches-tampered-child.ts'],
			{ cwd: root, timeout: 60_000, env: { ...process.env, PDFMAKE_PATCHES: '' } }
		);
		const { report, warnings, untouched } = JSON.parse(stdout) as {
			report: PatchReport;
			warnings: string[];
			untouched: boolean;
		};
		expect(report.skipped).toEqual([
			{
				name: 'style-lookups',
				reason: 'pdfmake StyleContextStack.prototype.pop is not the code the patch was written for'
			}
		]);
		expect(report.applied).toEqual(names.filter((name) => name !== 'style-lookups'));
		expect(warnings).toEqual([`pdfmake patch style-lookups left out: ${report.skipped[0]?.reason}`]);
		expect(untouched).toBe(true);
	});
});
