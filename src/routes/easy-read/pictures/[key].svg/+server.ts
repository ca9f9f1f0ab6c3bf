import { error } from '@sveltejs/kit';
import { pictureSvg } from '$lib/easy-read/picture-files';
import { pictureByKey } from '$lib/easy-read/pictures';
import type { RequestHandler } from './$types';

/**
 * A picture of the Easy Read catalogue, as its set drew it, for anyone: the pictures are openly licensed
 * and hold nothing about anyone. Only catalogue keys are answered (never a path), and a picture never
 * changes under its key within a release, so browsers keep it for a week.
 */
export const GET: RequestHandler = ({ params }) => {
	const picture = pictureByKey(params.key);
	if (!picture) error(404, 'Not found');
	return new Response(pictureSvg(picture), {
		headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=604800' }
	});
};
