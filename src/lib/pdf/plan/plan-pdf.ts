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
import { contextOf, type PdfContext, type PlanAgreement } from '../context';
import { preparedPdfmake } from '../fonts';
import { aboutMeSection } from '../sections/about-me';
import { atAGlanceSection } from '../sections/at-a-glance';
import { aspirationsSection } from '../sections/aspirations';
import { keyDatesSection } from '../sections/key-dates';
import { needsSection } from '../sections/needs';
import { outcomesSection } from '../sections/outcomes';
import { pageFooter } from '../sections/page-footer';
import { pageHeader, planDatesText } from '../sections/page-header';
import { provisionSection } from '../sections/provision';
import { signOffSection } from '../sections/sign-off';
import { teamSection } from '../sections/team';
import { DETAIL_START, detailsSection, titleSection } from '../sections/title';
import { colours, defaultStyle, FONT, PAGE_MARGINS, styles } from '../theme';
import { fullName } from '../text';
import { taggedDocument } from '../tags';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';

export { planPdfFileName } from '../file-name';

/** What a render needs besides the plan. */
export interface PlanPdfOptions {
	/** Today's date (ISO): the PDF's creation date. The core never reads the clock. */
	today: string;
	/** The organisation the PDF comes from, for its metadata. */
	author: string;
	/** For an agreed plan: when it was agreed, by whom, and who took part (the sign-off says so). */
	agreement?: PlanAgreement;
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

/**
 * The plan at a glance on page 1, then the detail from page 2, its sections in the order of the
 * thread, flowing on one after another.
 */
export function planPdfContent(plan: PlanDocument, agreement?: PlanAgreement): Content[] {
	return contentOf(contextOf(plan, agreement));
}

/** The content of one render, in the order it prints (the glossary explains a word where first used). */
function contentOf(context: PdfContext): Content[] {
	const { plan } = context;
	const content: Content[] = [
		...titleSection(context),
		...aspirationsSection(context),
		...atAGlanceSection(context),
		...detailsSection(context),
		...aboutMeSection(context),
		...teamSection(context),
		...needsSection(context),
		...outcomesSection(context),
		...provisionSection(context),
		...keyDatesSection(context),
		...signOffSection(context)
	];
	return needsTextLayerFix(plan) ? fixTextLayer(content) : content;
}

/** What pdfmake tells of a node when asking whether a page break goes before it. */
interface NodeInfo {
	id?: string;
	startPosition?: { pageNumber?: number; pageInnerHeight?: number; verticalRatio?: number };
}

/**
 * Where a page break goes before a node: before the detail when the glance leaves room for it on
 * page 1 (page 1 is the plan at a glance, to read or pin up on its own), and before the heading of a
 * section that opens with a table when there is no room for the table to start under it
 * (headed-table.ts). Other headings are kept with what follows them (`keepTogether`).
 */
export function breakBefore(node: NodeInfo, rooms: ReadonlyMap<string, number>): boolean {
	const { pageNumber, pageInnerHeight = 0, verticalRatio = 0 } = node.startPosition ?? {};
	if (node.id === DETAIL_START) return pageNumber === 1;
	const room = node.id === undefined ? undefined : rooms.get(node.id);
	return room !== undefined && pageInnerHeight * (1 - verticalRatio) < room;
}

/**
 * The whole pdfmake document definition for a plan. Built afresh for every render: pdfmake changes
 * the definition it is given.
 */
export function planPdfDefinition(plan: PlanDocument, options: PlanPdfOptions): TDocumentDefinitions {
	if (!isIsoDate(options.today)) throw new RangeError('renderPlanPdf needs today as an ISO date');
	const draft = plan.plan.status === 'draft';
	const fixText = needsTextLayerFix(plan);
	const context = contextOf(plan, options.agreement);
	const content = contentOf(context);
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
		pageBreakBefore: (node) => breakBefore(node, context.rooms),
		...(draft ? { watermark: { text: 'DRAFT', font: FONT, color: colours.draft, opacity: 0.07, bold: true } } : {}),
		content: taggedDocument(content)
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
