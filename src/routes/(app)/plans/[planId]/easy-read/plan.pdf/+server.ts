import { exportEasyReadPdf } from '$lib/server/easy-read/easy-read-view';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/** The child's Easy Read plan as a PDF, for everyone who may download the plan ('export'). */
export const GET: RequestHandler = async (event) => exportEasyReadPdf(await openPlan(event, 'export'));
