import type { Column, Content } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import type { PlanDocument } from '../../plan/document';
import { colours, PAGE_MARGINS } from '../theme';
import { fullName, NOT_GIVEN, shorten } from '../text';

/** The longest name the running header prints before cutting it short. */
const HEADER_NAME_LENGTH = 60;

/**
 * The word DRAFT, large and in red, at the right of a draft's header. A new object every time:
 * pdfmake writes its layout into the nodes it is given.
 */
function draftMark(): Column {
	return { width: 'auto', text: 'DRAFT', bold: true, fontSize: 16, color: colours.draft, margin: [12, 4, 0, 0] };
}

/** The plan's dates as the header gives them: "Plan from 7 September 2026 · next review 5 March 2027". */
export function planDatesText(plan: PlanDocument): string {
	const review = plan.plan.reviewDate ? formatUkDate(plan.plan.reviewDate) : NOT_GIVEN.toLowerCase();
	return `Plan from ${formatUkDate(plan.plan.startDate)} · next review ${review}`;
}

/**
 * The running header of every page: the child's name and the plan's dates, then, for a draft, the
 * word DRAFT, and a rule across the page.
 */
export function pageHeader(plan: PlanDocument, pageWidth: number): Content {
	const [left, , right] = PAGE_MARGINS;
	const draft = plan.plan.status === 'draft';
	return {
		margin: [left, 26, right, 0],
		stack: [
			{
				columns: [
					{
						width: '*',
						stack: [
							{ text: shorten(fullName(plan.child), HEADER_NAME_LENGTH), bold: true, fontSize: 12 },
							{ text: planDatesText(plan), style: 'pageHeader' }
						]
					},
					...(draft ? [draftMark()] : [])
				]
			},
			{
				canvas: [
					{ type: 'line', x1: 0, y1: 6, x2: pageWidth - left - right, y2: 6, lineWidth: 0.75, lineColor: colours.rule }
				]
			}
		]
	};
}
