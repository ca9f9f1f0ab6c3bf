/**
 * The import page's two form actions as plain functions of the database and the submitted form, so
 * that tests (and the fuzzing) run exactly what the page runs: every answer is a refusal with a 4xx
 * status and plain messages, a preview, or the new plan's id — never an exception for any input.
 */
import * as v from 'valibot';
import { formatUkDate } from '../../dates/format';
import { importConfirmSchema } from '../../forms/import';
import { planKindLabels, planStatusLabels } from '../../plan/labels';
import type { Finding } from '../../thread/finding';
import type { StarterContext } from '../plans/account-context';
import {
	checkImport,
	confirmImport,
	IMPORT_MAX_BYTES,
	type ChildChoice,
	type ImportCounts,
	type ImportPreview,
	type ImportProblem
} from './import';

/** What the preview shows: plain data only. */
export interface PreviewData {
	child: { name: string; knownAs: string | null; dateOfBirth: string };
	plan: { title: string; kind: string; status: string; startDate: string };
	counts: ImportCounts;
	findings: Finding[];
	/** The checked document, for the confirm form's hidden field. */
	json: string;
	duplicates: Array<{ value: string; label: string; hint: string }>;
}

export type ImportFormAnswer =
	| { status: 400 | 413; body: { problems: ImportProblem[]; values: { text: string }; errors: Record<string, string> } }
	| { status: 400; body: { preview: PreviewData; errors: Record<string, string>; values: { childChoice: string } } }
	| { status: 200; body: { preview: PreviewData } }
	| { status: 303; planId: string };

/** Room for the form's other fields and the multipart boundaries around the file and the text. */
const FORM_OVERHEAD = 64 * 1024;

function previewData(preview: ImportPreview): PreviewData {
	const { document } = preview;
	return {
		child: {
			name: `${document.child.firstName} ${document.child.lastName}`,
			knownAs: document.child.knownAs ?? null,
			dateOfBirth: formatUkDate(document.child.dateOfBirth)
		},
		plan: {
			title: document.plan.title,
			kind: planKindLabels[document.plan.kind],
			status: planStatusLabels[document.plan.status],
			startDate: formatUkDate(document.plan.startDate)
		},
		counts: preview.counts,
		findings: preview.findings,
		json: preview.json,
		duplicates: preview.duplicates.map((child) => ({
			value: `child:${child.id}`,
			label: `Add this plan to ${child.firstName} ${child.lastName}, born ${formatUkDate(child.dateOfBirth)}, who is already here`,
			hint:
				child.planCount === 1 ? 'They have 1 plan here already.' : `They have ${child.planCount} plans here already.`
		}))
	};
}

function refusal(status: 400 | 413, problems: ImportProblem[], text = ''): ImportFormAnswer {
	const count =
		problems.length === 1
			? 'The problem is listed below'
			: `The ${problems.length.toLocaleString('en-GB')} problems are listed below`;
	return {
		status,
		body: {
			problems,
			values: { text },
			errors: {
				form: `This plan cannot be brought in, and nothing has been saved. ${count}: mend them in the file, or ask the sender for a new export.`
			}
		}
	};
}

const tooLargeBody = (bytes: number) =>
	refusal(413, [
		{
			path: '',
			location: 'The file',
			message: `What was sent is ${(bytes / (1024 * 1024)).toFixed(1)} MB. The most that can be brought in is 1 MB.`
		}
	]);

/** Reads the form, unless the request is too large to be a plan (checked before anything is read). */
async function readForm(request: Request): Promise<FormData | ImportFormAnswer> {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > IMPORT_MAX_BYTES * 2 + FORM_OVERHEAD) return tooLargeBody(length);
	try {
		return await request.formData();
	} catch {
		return refusal(400, [
			{
				path: '',
				location: 'The file',
				message: 'What was sent could not be read. Choose the file again, or paste the plan.'
			}
		]);
	}
}

/** Step one, "Check the plan": a file or pasted text → refusal with every problem, or a preview. Saves nothing. */
export async function importCheckAnswer(
	ctx: StarterContext,
	input: { request: Request; today: string }
): Promise<ImportFormAnswer> {
	const form = await readForm(input.request);
	if (!(form instanceof FormData)) return form;
	const file = form.get('file');
	const text = form.get('text');
	let content: Uint8Array | string;
	let echo = '';
	const hasFile = file instanceof File && file.size > 0;
	if (hasFile && typeof text === 'string' && text.trim() !== '') {
		return {
			status: 400,
			body: {
				problems: [],
				values: { text: text.length <= IMPORT_MAX_BYTES ? text : '' },
				errors: { file: 'Choose a file or paste the plan, not both: clear the box, or choose no file' }
			}
		};
	}
	if (hasFile) {
		if (file.size > IMPORT_MAX_BYTES) return tooLargeBody(file.size);
		content = new Uint8Array(await file.arrayBuffer());
	} else if (typeof text === 'string' && text.trim() !== '') {
		content = text;
		// What was pasted is shown again to be mended, unless it is too large to be a plan.
		echo = text.length <= IMPORT_MAX_BYTES ? text : '';
	} else {
		return {
			status: 400,
			body: {
				problems: [],
				values: { text: '' },
				errors: { file: 'Choose a plan file (.json), or paste the plan into the box' }
			}
		};
	}
	const result = await checkImport(ctx.db, {
		organisationId: ctx.account.organisation_id,
		content,
		today: input.today
	});
	if (!result.ok) return refusal(result.status, result.problems, echo);
	return { status: 200, body: { preview: previewData(result) } };
}

/** Step two, "Save the plan": the carried document checked again, the child chosen, then saved. */
export async function importConfirmAnswer(
	ctx: StarterContext,
	input: { request: Request; today: string }
): Promise<ImportFormAnswer> {
	const form = await readForm(input.request);
	if (!(form instanceof FormData)) return form;
	const document = form.get('document');
	const childChoice = form.get('childChoice');
	const parsed = v.safeParse(importConfirmSchema, {
		document: typeof document === 'string' ? document : '',
		childChoice: typeof childChoice === 'string' ? childChoice : ''
	});
	if (!parsed.success) {
		if (parsed.issues.some((issue) => issue.path?.[0]?.key === 'document')) {
			return refusal(400, [{ path: '', location: 'The file', message: parsed.issues[0]!.message }]);
		}
		// A choice that is neither "new" nor a child: treated as no choice, so the question is asked again.
	}
	const choiceText = parsed.success ? parsed.output.childChoice : '';
	const choice: ChildChoice =
		choiceText === 'new'
			? { kind: 'new' }
			: choiceText.startsWith('child:')
				? { kind: 'existing', childId: choiceText.slice('child:'.length) }
				: { kind: 'none' };
	const result = await confirmImport(ctx, {
		json: typeof document === 'string' ? document : '',
		choice,
		today: input.today
	});
	if (!result.ok) return refusal(result.status, result.problems);
	if (!result.saved)
		return {
			status: 400,
			body: { preview: previewData(result), errors: { childChoice: result.choiceError }, values: { childChoice: '' } }
		};
	return { status: 303, planId: result.planId };
}
