/**
 * The record of a review as a PDF: the date, who took part, progress on each outcome with its evidence,
 * the notes between reviews it took in, the child's and the family's views, and what changes next. Pure
 * functions returning pdfmake content, then one render with the plan PDF's fonts and theme. Knows nothing
 * of SvelteKit or the database, and never reads the clock.
 */
import { calledName } from '../../plan/child-name';
import { pronounsOf } from '../../plan/pronouns';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatUkDate } from '../../dates/format';
import { isIsoDate, type IsoDate } from '../../dates/iso-date';
import type { PlanDocument } from '../../plan/document';
import { progressLabels } from '../../plan/progress';
import { childViewsHowLabels } from '../../review/child-views-how';
import { quotedViews } from '../../review/quoted-views';
import { personLabel } from '../../plan/person-label';
import type { Review, ReviewContent } from '../../review/review-record';
import type { ShownNote } from '../../notes/shown-note';
import { fieldAbove, keepTogetherIfShort } from '../blocks';
import { childPdfFileName } from '../file-name';
import { recordPdfDefinition, renderRecordPdf } from '../record/record-document';
import { fullName } from '../text';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';
import { colours } from '../theme';

/** What the PDF shows of a review, with the number of the version it reviewed. */
export type ReviewRecord = ReviewContent &
	Pick<Review, 'status'> & {
		versionNumber: number;
		/** The notes between reviews the review takes in, as the review page shows them. */
		notes: ReadonlyArray<Pick<ShownNote, 'speaker' | 'date' | 'working' | 'notWorking'>>;
	};

const dateText = (date: string) => (isIsoDate(date) ? formatUkDate(date as IsoDate) : date);
const called = (plan: PlanDocument) => calledName(plan.child);

/** The title block: whose review, of which plan, when. */
export function reviewTitle(plan: PlanDocument, review: ReviewRecord): Content[] {
	return [
		{ text: `Review of ${fullName(plan.child)}’s support plan`, style: 'title' },
		{
			text: `${plan.plan.title}, version ${review.versionNumber}. Reviewed on ${dateText(review.date)}.${review.status === 'draft' ? ' Draft: not yet completed.' : ''}`,
			style: 'subtitle'
		}
	];
}

/** Who took part: team members, the child, the family, and how the child gave their views. */
export function tookPartSection(plan: PlanDocument, review: ReviewRecord): Content[] {
	return [
		{ text: 'Who took part', style: 'sectionHeading' },
		fieldAbove(
			'Team members',
			review.tookPart.length > 0 ? review.tookPart.map(personLabel).join('\n') : 'Not recorded'
		),
		fieldAbove(`${called(plan)} took part`, review.childTookPart ? 'Yes' : 'No'),
		fieldAbove('The family took part', review.familyTookPart ? 'Yes' : 'No'),
		fieldAbove(
			`How ${called(plan)} gave ${pronounsOf(plan.child).possessive} views`,
			review.childViewsHow.length > 0
				? review.childViewsHow.map((how) => childViewsHowLabels[how]).join('; ')
				: 'Not recorded'
		)
	];
}

/**
 * Each outcome of the reviewed version, with how far it got and the evidence, kept on one page when
 * short enough to be sure it fits (a rating read apart from its outcome says nothing); the heading
 * stays with the first.
 */
export function progressSection(plan: PlanDocument, review: ReviewRecord): Content[] {
	const heading: Content = { text: 'Progress on each outcome', style: 'sectionHeading' };
	const blocks = plan.outcomes.map((outcome, i): Content[] => {
		const progress = review.progress[outcome.id];
		const evidence = progress?.evidence ?? 'Not recorded';
		const block: Content = {
			margin: [0, 8, 0, 4],
			stack: [
				{
					text: [
						{ text: `Outcome ${i + 1}  `, style: 'itemLabel', color: colours.outcome },
						{ text: outcome.text, style: 'itemText' }
					]
				},
				fieldAbove('Progress', progress?.rating ? progressLabels[progress.rating] : 'Not recorded'),
				fieldAbove('Evidence', evidence)
			]
		};
		const characters = outcome.text.length + evidence.length + 200;
		return i === 0 ? keepTogetherIfShort(characters + 100, heading, block) : keepTogetherIfShort(characters, block);
	});
	return blocks.length > 0 ? blocks.flat() : [heading];
}

/** The notes the family added between reviews, whose views each holds and when: what the review took in. */
export function notesSection(review: ReviewRecord): Content[] {
	return [
		{ text: 'Notes between reviews', style: 'sectionHeading' },
		...(review.notes.length === 0
			? [{ text: 'No one added a note between reviews.', style: 'itemText' } satisfies Content]
			: review.notes.map((note): Content => ({
					margin: [0, 4, 0, 4],
					unbreakable: true,
					stack: [
						{ text: `${note.speaker}, ${note.date}`, style: 'subheading' },
						...(note.working ? [fieldAbove('What’s working', note.working)] : []),
						...(note.notWorking ? [fieldAbove('What’s not working', note.notWorking)] : [])
					]
				})))
	];
}

/** The child's and the family's views, in their own words, and what changes next. */
export function viewsSection(plan: PlanDocument, review: ReviewRecord): Content[] {
	const quoted = (text: string | null) => (text ? quotedViews(text) : 'Not recorded');
	return [
		{ text: 'Views', style: 'sectionHeading' },
		{ text: `${called(plan)}’s views`, style: 'subheading' },
		{ text: quoted(review.childViews), style: 'quote' },
		{ text: 'The family’s views', style: 'subheading' },
		{ text: quoted(review.familyViews), style: 'quote' },
		{ text: 'What changes next', style: 'sectionHeading' },
		{ text: review.changesNext ?? 'Not recorded', style: 'itemText' }
	];
}

export function reviewPdfContent(plan: PlanDocument, review: ReviewRecord): Content[] {
	const content = [
		...reviewTitle(plan, review),
		...tookPartSection(plan, review),
		...progressSection(plan, review),
		...notesSection(review),
		...viewsSection(plan, review)
	];
	return needsTextLayerFix({ plan, review }) ? fixTextLayer(content) : content;
}

export function reviewPdfDefinition(
	plan: PlanDocument,
	review: ReviewRecord,
	options: { today: string; author: string }
): TDocumentDefinitions {
	return recordPdfDefinition(reviewPdfContent(plan, review), {
		title: `Review of ${fullName(plan.child)}’s support plan, ${dateText(review.date)}`,
		...options
	});
}

/** Renders the review record. `plan` is the reviewed version (its snapshot). */
export function renderReviewPdf(
	plan: PlanDocument,
	review: ReviewRecord,
	options: { today: string; author: string }
): Promise<Uint8Array> {
	return renderRecordPdf(reviewPdfDefinition(plan, review, options));
}

/** `Sarah-Okafor-review-2027-03-04.pdf`. */
export function reviewPdfFileName(plan: Pick<PlanDocument, 'child'>, date: string): string {
	return childPdfFileName(plan.child, 'review', date);
}
