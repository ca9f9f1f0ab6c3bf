/**
 * The Word route the PDF is measured against: the same plan, with the same sections and words, as a
 * .docx built with the `docx` package, for LibreOffice to convert to PDF. Bench only.
 *
 * Imports are relative (not `$lib`) so that tsx can load this file.
 */
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ISectionOptions
} from 'docx';
import { formatUkDate } from '../../src/lib/dates/format';
import type { PlanDocument, ProfileEntry } from '../../src/lib/plan/document';
import { areaOfNeedLabels, planKindLabels, roleLabels } from '../../src/lib/plan/labels';
import { contextOf } from '../../src/lib/pdf/context';
import { linkLines } from '../../src/lib/pdf/links';
import { linkedNumbers } from '../../src/lib/pdf/references';
import { keyDates, describeDay } from '../../src/lib/pdf/sections/key-dates';
import { planDatesText } from '../../src/lib/pdf/sections/page-header';
import { profileEntry } from '../../src/lib/plan/profile-entry';
import { saidLabel } from '../../src/lib/plan/said-label';
import { providerText, PROVISION_HEADERS } from '../../src/lib/pdf/sections/provision';
import { fullName, groupSizeText, howLong, howOften, NOT_GIVEN } from '../../src/lib/pdf/text';

const A4 = { width: 11906, height: 16838 };

function heading(
	text: string,
	level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1
): Paragraph {
	return new Paragraph({ text, heading: level });
}

function para(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
	return new Paragraph({ children: lines(text, options), spacing: { after: 120 } });
}

function lines(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
	return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function field(label: string, value: string): Paragraph {
	return new Paragraph({
		children: [new TextRun({ text: `${label}: `, bold: true }), ...lines(value)],
		indent: { left: 300 }
	});
}

function table(headers: readonly string[], rows: string[][]): Table {
	const cell = (text: string, bold = false) =>
		new TableCell({ children: [new Paragraph({ children: lines(text, { bold }) })] });
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
			...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))
		]
	});
}

/** The plan as a .docx: the same sections, in the same order, with the same words as the PDF. */
export async function planDocx(plan: PlanDocument): Promise<Buffer> {
	const context = contextOf(plan);
	const { refs, name } = context;
	const header = new Header({
		children: [para(fullName(plan.child), { bold: true }), para(planDatesText(plan))]
	});
	const footer = new Footer({
		children: [
			new Paragraph({
				alignment: AlignmentType.LEFT,
				children: [
					new TextRun({ text: 'Confidential', bold: true }),
					new TextRun({ children: ['   Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })
				]
			})
		]
	});
	const portrait = (
		children: ISectionOptions['children'],
		orientation: 'portrait' | 'landscape' = 'portrait'
	): ISectionOptions => ({
		properties: {
			page: {
				size: { ...A4, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE }
			}
		},
		headers: { default: header },
		footers: { default: footer },
		children
	});

	const main: Array<Paragraph | Table> = [
		new Paragraph({ text: plan.plan.title, heading: HeadingLevel.TITLE }),
		para(`Support plan for ${fullName(plan.child)}`),
		table(
			['', ''],
			[
				['Name', fullName(plan.child)],
				['Date of birth', formatUkDate(plan.child.dateOfBirth)],
				['Kind of plan', planKindLabels[plan.plan.kind]],
				['Plan starts', formatUkDate(plan.plan.startDate)],
				['Next review', plan.plan.reviewDate ? formatUkDate(plan.plan.reviewDate) : NOT_GIVEN]
			]
		),
		heading('About me'),
		para(`A one-page profile: who ${name} is, and how best to support ${name}.`, { italics: true })
	];
	const list = (title: string, items: readonly ProfileEntry[] | undefined) => {
		main.push(heading(title, HeadingLevel.HEADING_2));
		for (const item of items ?? []) main.push(new Paragraph({ text: profileEntry(item).text, bullet: { level: 0 } }));
	};
	list('What people like and admire about me', plan.profile?.likeAndAdmire);
	list('What is important to me', plan.profile?.important);
	list('How best to support me', plan.profile?.support);
	main.push(heading('How I communicate', HeadingLevel.HEADING_2), para(plan.child.communication ?? ''));

	main.push(heading(`The team around ${name}`));
	main.push(
		table(
			['Name', 'Role', 'Organisation', 'Contact'],
			plan.team.map((member) => [
				member.name,
				roleLabels[member.role],
				member.organisation ?? '',
				[member.email, member.phone].filter(Boolean).join('\n')
			])
		)
	);

	main.push(heading('Aspirations'));
	for (const { item, number } of refs.aspirations) {
		main.push(
			para(`Aspiration ${number}`, { bold: true }),
			para(`“${item.text}”`),
			para(saidLabel(item, plan.child) ?? '')
		);
	}

	main.push(heading('Needs'));
	for (const [area, label] of Object.entries(areaOfNeedLabels)) {
		const inArea = refs.needs.filter(({ item }) => item.area === area);
		if (inArea.length === 0) continue;
		main.push(heading(label, HeadingLevel.HEADING_2));
		for (const { item, number } of inArea) {
			main.push(para(`Need ${number}`, { bold: true }), para(item.text));
			const links = linkLines(
				'Aspiration',
				'Aspirations',
				linkedNumbers(item.aspirationIds, refs.aspirationNumber),
				refs.aspirations,
				true
			);
			if (links.length > 0) main.push(field('Stands in the way of', links.join('\n')));
		}
	}

	main.push(heading('Outcomes'));
	for (const { item, number } of refs.outcomes) {
		main.push(
			para(`Outcome ${number}`, { bold: true }),
			para(item.text),
			field('Target date', item.targetDate ? formatUkDate(item.targetDate) : NOT_GIVEN),
			field('How we will know', item.successCriteria ?? NOT_GIVEN),
			field(
				'Works towards',
				linkLines(
					'Aspiration',
					'Aspirations',
					linkedNumbers(item.aspirationIds, refs.aspirationNumber),
					refs.aspirations,
					true
				).join('\n')
			),
			field(
				'Addresses',
				linkLines('Need', 'Needs', linkedNumbers(item.needIds, refs.needNumber), refs.needs).join('\n')
			)
		);
		item.steps.forEach((step, index) => {
			main.push(para(`${index + 1}. ${step.text}${step.targetDate ? `  By ${formatUkDate(step.targetDate)}.` : ''}`));
		});
	}

	const provision: Array<Paragraph | Table> = [
		heading('Provision'),
		table(
			PROVISION_HEADERS,
			refs.provision.map(({ item, number }) => [
				`Provision ${number}\n${item.text}\nFor: ${linkLines('Outcome', 'Outcomes', linkedNumbers(item.outcomeIds, refs.outcomeNumber), refs.outcomes, false, 60).join('\n')}`,
				providerText(item, plan.team),
				howOften(item) ?? NOT_GIVEN,
				howLong(item.minutes) ?? NOT_GIVEN,
				groupSizeText(item.groupSize) ?? NOT_GIVEN,
				item.startDate ? formatUkDate(item.startDate) : NOT_GIVEN,
				item.reviewDate ? formatUkDate(item.reviewDate) : NOT_GIVEN
			])
		)
	];

	const days = new Map<string, ReturnType<typeof keyDates>>();
	for (const entry of keyDates(context)) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
	const closing: Array<Paragraph | Table> = [
		heading('Key dates'),
		table(
			['Date', 'What happens'],
			[...days].map(([date, entries]) => [formatUkDate(date), describeDay(entries).join('\n')])
		),
		heading('Agreeing the plan'),
		table(
			['Name and role', 'Signature', 'Date'],
			[...plan.team.map((member) => `${member.name}\n${roleLabels[member.role]}`), 'Name:\nRole:', 'Name:\nRole:'].map(
				(who) => [who, '\n\n', '']
			)
		)
	];

	const document = new Document({
		title: plan.plan.title,
		sections: [portrait(main), portrait(provision, 'landscape'), portrait(closing)]
	});
	return Packer.toBuffer(document);
}
