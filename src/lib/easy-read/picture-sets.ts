/**
 * The picture sets the Easy Read plan may use, each with its licence and the attribution it asks for,
 * printed on the plan's last page. Only sets whose licence allows use in any app belong here: OpenMoji
 * (CC BY-SA 4.0, with attribution). ARASAAC and Sclera are for non-commercial use only and must never be
 * added; a test checks every picture's set against this list and the installed package's own licence.
 */
export const pictureSets = {
	openmoji: {
		/** The npm package the pictures ship in. */
		package: 'openmoji',
		/** The licence, as the package declares it (SPDX). */
		licence: 'CC-BY-SA-4.0',
		attribution:
			'The pictures are from OpenMoji, the open-source emoji and icon project (openmoji.org), under the Creative Commons licence CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0).'
	}
} as const;

/** The name of a picture set allowed in the Easy Read plan. */
export type PictureSetName = keyof typeof pictureSets;
