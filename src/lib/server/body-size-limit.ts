import { env } from '$env/dynamic/private';

const units: Record<string, string> = { K: 'KB', M: 'MB', G: 'GB' };

/**
 * The largest request body the server reads, as a person would say it ("2 MB"): `BODY_SIZE_LIMIT`,
 * which the built server's entry (`src/adapter/entry.js`) always sets, in adapter-node's notation.
 */
export function bodySizeLimit(): string {
	const limit = env.BODY_SIZE_LIMIT ?? '';
	const match = /^(\d+)([KMG])$/i.exec(limit);
	if (match) return `${match[1]} ${units[match[2]!.toUpperCase()]}`;
	return /^\d+$/.test(limit) ? `${Number(limit).toLocaleString('en-GB')} bytes` : 'the limit';
}
