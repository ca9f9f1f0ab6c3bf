/**
 * `PDFMAKE_PATCHES`, which switches the pdfmake patches off: unset or empty, all are on; `off`, all
 * are off; a comma-separated list of names each after a minus (`-merged-text-runs,-repeated-headers`),
 * those are off. Anything else is reported and ignored, so a typing slip never stops PDFs.
 */

/** The patches switched off, and a line for each part of the setting that was not understood. */
export interface PatchSwitches {
	off: Set<string>;
	problems: string[];
}

export function patchSwitches(setting: string | undefined, names: readonly string[]): PatchSwitches {
	const value = setting?.trim() ?? '';
	if (value === 'off') return { off: new Set(names), problems: [] };
	const off = new Set<string>();
	const problems: string[] = [];
	for (const part of value.split(',')) {
		const entry = part.trim();
		if (entry === '') continue;
		const name = entry.startsWith('-') ? entry.slice(1) : undefined;
		if (name !== undefined && names.includes(name)) off.add(name);
		else
			problems.push(
				`PDFMAKE_PATCHES: "${entry}" ignored (use "off", or -name for each patch to switch off: ${names.join(', ')})`
			);
	}
	return { off, problems };
}
