import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withE2eDatabase } from './e2e-database';
import { planAudit } from './seed-plan-check';
import { unique } from './seed';

/** The text of every page of a PDF, joined with spaces, whitespace collapsed. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
	}
	await pdf.destroy();
	return pages.join(' ').replace(/\s+/g, ' ');
}

/** One event of an iCalendar file, as a calendar would show it. */
export interface IcsEvent {
	uid: string;
	summary: string;
	start: string;
	isDate: boolean;
	url: string;
	sequence: number;
	/** Each reminder's TRIGGER: `-P14D` two weeks before. */
	alarms: string[];
}

/** The events of an iCalendar file, parsed back with ical.js. */
export function icsEvents(text: string): IcsEvent[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
		const event = new ICAL.Event(vevent);
		return {
			uid: event.uid,
			summary: event.summary,
			start: start.toString(),
			isDate: start.isDate,
			url: String(vevent.getFirstPropertyValue('url')),
			sequence: event.sequence,
			alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')))
		};
	});
}

/** A family member (no organisation, no second factor) given contributor access to one plan. */
export async function seedContributor(planId: string): Promise<{ email: string; password: string }> {
	const suffix = unique();
	const who = {
		id: randomBytes(15).toString('hex'),
		email: `review-family-${suffix}@example.org`.toLowerCase(),
		password: `family password ${suffix}`
	};
	const passwordHash = await hash(who.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
	await withE2eDatabase(async (db) => {
		const at = new Date().toISOString();
		await db
			.insertInto('account')
			.values({
				id: who.id,
				email: who.email,
				name: `Grace ${suffix}`,
				password_hash: passwordHash,
				organisation_id: null,
				role: null,
				totp_key: null,
				totp_last_counter: null,
				disabled_at: null,
				created_at: at
			})
			.execute();
		await db
			.insertInto('plan_access')
			.values({ plan_id: planId, account_id: who.id, level: 'contributor', granted_by: null, granted_at: at })
			.execute();
	});
	return who;
}

/** The audit actions recorded for a plan, oldest first. */
export async function planAuditActions(planId: string): Promise<string[]> {
	return (await planAudit(planId)).map((row) => row.action);
}

/** Marks a plan's current version agreed as the agree step does (status, who, snapshot), through the app's own code. */
export async function seedAgreed(planId: string, accountId: string): Promise<void> {
	const { loadPlan } = await import('../../../src/lib/server/db/plan-load');
	const { checkThread } = await import('../../../src/lib/thread/checker/check');
	await withE2eDatabase(async (db) => {
		const loaded = (await loadPlan(db, planId))!;
		const document = { ...loaded.document, plan: { ...loaded.document.plan, status: 'agreed' as const } };
		await db
			.updateTable('plan_version')
			.set({
				status: 'agreed',
				agreed_at: new Date().toISOString(),
				agreed_by: accountId,
				agreed_with: '[]',
				snapshot: JSON.stringify({ document, findings: checkThread(loaded.document, { today: '2026-11-22' }) })
			})
			.where('id', '=', loaded.version.id)
			.execute();
	});
}
