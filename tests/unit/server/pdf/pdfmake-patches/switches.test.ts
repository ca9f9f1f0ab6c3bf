import { describe, expect, it } from 'vitest';
import { patchSwitches } from '../../../../../src/lib/server/pdf/pdfmake-patches/switches';

const names = ['shared-font-tables', 'merged-text-runs', 'repeated-headers'];

describe('PDFMAKE_PATCHES', () => {
	it('leaves every patch on when unset or empty', () => {
		expect(patchSwitches(undefined, names)).toEqual({ off: new Set(), problems: [] });
		expect(patchSwitches(' ', names)).toEqual({ off: new Set(), problems: [] });
	});

	it('switches every patch off with "off"', () => {
		expect(patchSwitches('off', names).off).toEqual(new Set(names));
	});

	it('switches off the patches named after a minus', () => {
		expect(patchSwitches('-merged-text-runs, -repeated-headers', names)).toEqual({
			off: new Set(['merged-text-runs', 'repeated-headers']),
			problems: []
		});
	});

	it('reports and ignores what it does not understand, switching nothing else off', () => {
		const switches = patchSwitches('-merged-text-run,repeated-headers,-shared-font-tables', names);
		expect(switches.off).toEqual(new Set(['shared-font-tables']));
		expect(switches.problems).toHaveLength(2);
		expect(switches.problems[0]).toContain('"-merged-text-run" ignored');
	});
});
