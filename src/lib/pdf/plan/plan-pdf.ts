/**
 * The plan as a PDF for the family and the team: A4, the child's name and the plan's dates at the
 * top of every page, "Confidential" and "Page 2 of 5" at the foot, and the sections in the order of
 * the thread (design: "The PDF"). The sections are pure functions returning pdfmake content; this
 * module only puts them together and renders.
 *
 * Knows nothing of SvelteKit or the database, and never reads the clock: `today` comes in.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isIsoDate, toUtcDate } from '../../dates/iso-date';
import type { PlanDocument } from '../../plan/document';
import { planKindLabels } from '../../plan/labels';
import { contextOf } from '../context';
import { preparedPdfmake } from '../fonts';
import { aboutMeSection } from '../sections/about-me';
import { aspirationsSection } from '../sections/aspirations';
import { keyDatesSection } from '../sections/key-dates';
import { needsSection } from '../sections/needs';
import { outcomesSection } from '../sections/outcomes';
import { pageFooter } from '../sections/page-footer';
import { pageHeader, planDatesText } from '../sections/page-header';
import { provisionSection } from '../sections/provision';
import { signOffSection } from '../sections/sign-off';
import { teamSection } from '../sections/team';
import { titleSection } from '../sections/title';
import { colours, defaultStyle, FONT, PAGE_MARGINS, styles } from '../theme';
import { fullName } from '../text';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';

export { planPdfFileName } from '../file-name';

/** What a render needs besides the plan. */
export interface PlanPdfOptions {
	/** Today's date (ISO): the PDF's creation date. The core never reads the clock. */
	today: string;
	/** The organisation the PDF comes from, for its metadata. */
	author: string;
}

/** The language the PDF declares. */
export const PDF_LANGUAGE = 'en-GB';

/** The PDF's metadata: title, author, subject, and dates from `today`. */
export function planPdfInfo(
	plan: PlanDocument,
	{ today, author }: PlanPdfOptions
): NonNullable<TDocumentDefinitions['info']> {
	const date = toUtcDate(today);
	return {
		title: plan.plan.title,
		author,
		subject: `${planKindLabels[plan.plan.kind]} for ${fullName(plan.child)}. ${planDatesText(plan)}.`,
		creator: 'Golden Thread',
		producer: 'Golden Thread (pdfmake)',
		creationDate: date,
		modDate: date
	};
}

/** The sections, in the order of the thread. */
export function planPdfContent(plan: PlanDocument): Content[] {
	const context = contextOf(plan);
	const content: Content[] = [
		...titleSection(context),
		...aboutMeSection(context),
		...teamSection(context),
		...aspirationsSection(context),
		...needsSection(context),
		...outcomesSection(context),
		...provisionSection(context),
		...keyDatesSection(context),
		...signOffSection(context)
	];
	return needsTextLayerFix(plan) ? fixTextLayer(content) : content;
}

/**
 * The whole pdfmake document definition for a plan. Built afresh for every render: pdfmake changes
 * the definition it is given.
 */
export function planPdfDefinition(plan: PlanDocument, options: PlanPdfOptions): TDocumentDefinitions {
	if (!isIsoDate(options.today)) throw new RangeError('renderPlanPdf needs today as an ISO date');
	const draft = plan.plan.status === 'draft';
	const fixText = needsTextLayerFix(plan);
	return {
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: PAGE_MARGINS,
		language: PDF_LANGUAGE,
		displayTitle: true,
		info: planPdfInfo(plan, options),
		defaultStyle,
		styles,
		header: (_page, _pages, pageSize) => {
			const header = pageHeader(plan, pageSize.width);
			return fixText ? fixTextLayer(header) : header;
		},
		footer: (page, pages) => pageFooter(page, pages),
		...(draft ? { watermark: { text: 'DRAFT', font: FONT, color: colours.draft, opacity: 0.07, bold: true } } : {}),
		content: planPdfContent(plan)
	};
}

/**
 * Renders a plan as a PDF. `author` is the organisation's name, for the metadata.
 *
 * @example
 * const bytes = await renderPlanPdf(plan, { today: '2026-11-22', author: 'Riverside Academy' });
 */
export async function renderPlanPdf(plan: PlanDocument, options: PlanPdfOptions): Promise<Uint8Array> {
	const pdfmake = preparedPdfmake();
	const buffer = await pdfmake.createPdf(planPdfDefinition(plan, options)).getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
