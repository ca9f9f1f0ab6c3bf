import { profileEntry } from '$lib/plan/profile-entry';
import { saidLabel } from '$lib/plan/said-label';
import { plainPlan } from '$lib/thread-view/plain-plan';
import { glossedPlan } from '$lib/meeting/glossed-plan';
import { calledBy } from '$lib/server/db/plan-details';
import { openMeetingPage } from '$lib/server/meetings/open-meeting-page';
import type { PageServerLoad } from './$types';

/**
 * The meeting's shared screen, for a projector or a big screen: one screen of the agenda at a time, what
 * was said there with the child's words first and largest, and what the plan already says about it; no
 * navigation and no checker findings. It follows the screen the chair has everyone on, live.
 */
export const load: PageServerLoad = async (event) => {
	const { ctx, changesAfter, view } = await openMeetingPage(event);
	const { document } = ctx;
	const entries = (list: NonNullable<typeof document.profile>['important']) =>
		(list ?? []).map((entry) => {
			const { text, saidBy } = profileEntry(entry);
			return { text, said: saidLabel(saidBy ? { saidBy } : {}, document.child) ?? null };
		});
	const inPlan =
		view.viewing === 'like-and-admire'
			? entries(document.profile?.likeAndAdmire)
			: view.viewing === 'important'
				? entries(document.profile?.important)
				: [];
	return {
		presenter: true,
		planId: ctx.planRow.id,
		calledBy: calledBy(ctx),
		fullName: `${document.child.firstName} ${document.child.lastName}`,
		changesAfter,
		...view,
		inPlan,
		// The whole plan in plain words, hope by hope, its jargon explained; without "About" (its own screens) and the contacts.
		planSections: view.viewing === 'plan' ? glossedPlan(plainPlan(document).slice(1, -1), calledBy(ctx)) : []
	};
};
