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
import { isIsoDate, toUtcDate, type IsoDate } from '../../dates/iso-date';
import type { PlanDocument } from '../../plan/document';
import { progressLabels } from '../../plan/progress';
import { childViewsHowLabels } from '../../review/child-views-how';
import { quotedViews } from '../../review/quoted-views';
import { personLabel } from '../../plan/person-label';
import type { Review, ReviewContent } from '../../review/review-record';
import type { ShownNote } from '../../notes/shown-note';
import { KEEP_TOGETHER_MAX_CHARACTERS, keepTogetherIfShort } from '../blocks';
import { fileNamePart } from '../file-name';
import { preparedPdfmake } from '../fonts';
import { pageFooter } from '../sections/page-footer';
import { headingsByStyle, taggedDocument, type HeadingRole } from '../tags';
import { fullName } from '../text';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';
import { colours, defaultStyle, PAGE_MARGINS, styles } from '../theme';

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

/**
 * A label and its value, on one page when the value is short; a long one flows on from under its
 * label rather than leaving the rest of the page empty.
 */
function field(label: string, value: string): Content {
	return {
		stack: [
			{ text: label, style: 'fieldLabel' },
			{ text: value, style: 'field', margin: [0, 0, 0, 8] }
		],
		unbreakable: value.length + label.length <= KEEP_TOGETHER_MAX_CHARACTERS / 2
	};
}

/** Who took part: team members, the child, the family, and how the child gave their views. */
export function tookPartSection(plan: PlanDocument, review: ReviewRecord): Content[] {
	return [
		{ text: 'Who took part', style: 'sectionHeading' },
		field('Team members', review.tookPart.length > 0 ? review.tookPart.map(personLabel).join('\n') : 'Not recorded'),
		field(`${called(plan)} took part`, review.childTookPart ? 'Yes' : 'No'),
		field('The family took part', review.familyTookPart ? 'Yes' : 'No'),
		field(
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
				field('Progress', progress?.rating ? progressLabels[progress.rating] : 'Not recorded'),
				field('Evidence', evidence)
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
						...(note.working ? [field('What’s working', note.working)] : []),
						...(note.notWorking ? [field('What’s not working', note.notWorking)] : [])
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

/** The review record's headings, by their style: its title, its sections, and the notes and views within them. */
const REVIEW_HEADINGS: Record<string, HeadingRole> = { title: 'H1', sectionHeading: 'H2', subheading: 'H3' };

export function reviewPdfDefinition(
	plan: PlanDocument,
	review: ReviewRecord,
	options: { today: string; author: string }
): TDocumentDefinitions {
	if (!isIsoDate(options.today)) throw new RangeError('renderReviewPdf needs today as an ISO date');
	const date = toUtcDate(options.today);
	return {
		pageSize: 'A4',
		pageMargins: PAGE_MARGINS,
		language: 'en-GB',
		displayTitle: true,
		info: {
			title: `Review of ${fullName(plan.child)}’s support plan, ${dateText(review.date)}`,
			author: options.author,
			creator: 'Golden Thread',
			producer: 'Golden Thread (pdfmake)',
			creationDate: date,
			modDate: date
		},
		defaultStyle,
		styles,
		footer: (page, pages) => pageFooter(page, pages),
		content: taggedDocument(headingsByStyle(reviewPdfContent(plan, review), REVIEW_HEADINGS))
	};
}

/** Renders the review record. `plan` is the reviewed version (its snapshot). */
export async function renderReviewPdf(
	plan: PlanDocument,
	review: ReviewRecord,
	options: { today: string; author: string }
): Promise<Uint8Array> {
	const buffer = await preparedPdfmake()
		.createPdf(reviewPdfDefinition(plan, review, options))
		.getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** `Sarah-Okafor-review-2027-03-04.pdf`. */
export function reviewPdfFileName(plan: Pick<PlanDocument, 'child'>, date: string): string {
	return `${[fileNamePart(plan.child.firstName), fileNamePart(plan.child.lastName), 'review', date].filter((part) => part !== '').join('-')}.pdf`;
}
