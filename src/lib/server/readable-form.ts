import { bodySizeLimit } from './body-size-limit';

/** The content types a form posts: every write in the app comes as one. */
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Why a request's body cannot be read as a form, or null when it can (or it has no body to read): a
 * stranger's malformed multipart, a missing boundary or a body of another type made `formData()` throw in
 * whichever action read it, and the answer was a 500 with a stack trace in the log (ASVS 16.5.3). Read
 * from a copy, so the action still reads the body itself.
 */
export async function unreadableForm(request: Request): Promise<{ status: 400 | 413 | 415; message: string } | null> {
	if (request.method === 'GET' || request.method === 'HEAD') return null;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (!formTypes.includes(type))
		return { status: 415, message: 'What was sent could not be read: this address takes only forms.' };
	try {
		await request.clone().formData();
		return null;
	} catch (error) {
		// adapter-node stops reading at BODY_SIZE_LIMIT; the person is told the limit, not "unreadable".
		if (error instanceof Object && 'status' in error && error.status === 413) {
			return { status: 413, message: `What was sent is larger than ${bodySizeLimit()}, the most this server accepts.` };
		}
		return { status: 400, message: 'What was sent could not be read. Go back, check the form and send it again.' };
	}
}
