/**
 * A local authority's SEND team at work, as requests: the caseload (first page, searches, other pages),
 * plan pages and their sections, aspirations saved, plans started, PDFs downloaded and people signing in,
 * each by a member of staff as their role allows. Keeps what the server confirmed, to check afterwards.
 */
import type SQLite from 'better-sqlite3';
import type { AuditAction } from '../../src/lib/audit-action-labels';
import { today } from '../../src/lib/server/clock/clock';
import type { Database } from '../../src/lib/server/db/schema';
import type { ConfirmedWrite } from '../integration/support/confirmed-writes';
import { PlanWrites, type WriteRequest } from '../integration/support/plan-writes';
import { authenticatorCode } from '../e2e/support/totp';
import { sealedKeyId, unseal } from '../../src/lib/server/secrets/sealed-text';
import { loadSecretKey } from '../../src/lib/server/secrets/secret-key';
import { seedPassword } from './la-seed-file';
import type { MixedRequest, RequestMix } from './rate-load';

interface Member {
	id: string;
	email: string;
	totpKey: string;
	cookie: string;
	/** The open plans they see: all of them for coordinators and admins, those shared with them otherwise. */
	plans: string[];
}

/** How often each kind of request comes, out of 100 (each sign-in is followed by its code step too). */
const weights = {
	caseload: 8,
	'caseload search': 8,
	'caseload page': 8,
	'plan page': 27,
	'plan section': 20,
	'aspiration save': 20,
	'plan start': 2,
	'plan PDF': 2,
	'sign-in': 5
} as const;
type Kind = keyof typeof weights;

const sections = ['about-me', 'team', 'aspirations', 'needs', 'outcomes', 'provision'];

export class LocalAuthorityMix implements RequestMix {
	/** Writes answered 303, each to be in the database with its audit row. */
	readonly confirmed: ConfirmedWrite[] = [];
	/** Reads the app audits, answered as they should be: each must have its audit row. */
	readonly auditedReads = new Map<AuditAction, number>();
	private readonly members: Member[];
	private readonly writes: PlanWrites;
	private readonly searches: string[];
	/** Half-signed-in sessions waiting for their code: the second step of signing in. */
	private readonly awaitingCode: Array<{ member: Member; cookie: string }> = [];
	/** The last authenticator time step each account used: a code is good once. */
	private readonly lastStep = new Map<string, number>();
	private signIns = 0;
	private saves = 0;

	/** From the database file, before the server opens it; `cookies` are the staff's sessions (account id → cookie). */
	constructor(
		sqlite: SQLite.Database,
		cookies: ReadonlyMap<string, string>,
		private readonly origin: string,
		private readonly random: () => number = Math.random
	) {
		this.writes = new PlanWrites(sqlite, random);
		const open = sqlite
			.prepare<[], { id: string }>('SELECT id FROM plan WHERE archived_at IS NULL')
			.all()
			.map((row) => row.id);
		const shared = new Map<string, string[]>();
		const grants = sqlite
			.prepare<[], Pick<Database['plan_access'], 'plan_id' | 'account_id'>>(
				'SELECT plan_access.plan_id, plan_access.account_id FROM plan_access JOIN plan ON plan.id = plan_access.plan_id WHERE plan.archived_at IS NULL'
			)
			.all();
		for (const grant of grants) {
			const plans = shared.get(grant.account_id) ?? [];
			plans.push(grant.plan_id);
			shared.set(grant.account_id, plans);
		}
		// The server sealed the seeded keys as it started, with the key it made beside the file.
		const secretKey = loadSecretKey(sqlite.name, {}, { create: false }).key;
		const plainKey = (stored: string | null) =>
			stored && sealedKeyId(stored) ? unseal(stored, secretKey) : (stored ?? '');
		this.members = sqlite
			.prepare<[], Pick<Database['account'], 'id' | 'email' | 'role' | 'totp_key'>>(
				'SELECT id, email, role, totp_key FROM account WHERE disabled_at IS NULL'
			)
			.all()
			.map((account) => ({
				id: account.id,
				email: account.email,
				totpKey: plainKey(account.totp_key),
				cookie: cookies.get(account.id) ?? '',
				plans: account.role === 'practitioner' ? (shared.get(account.id) ?? []) : open
			}))
			.filter((member) => member.plans.length > 0 && member.cookie);
		// What people type in the search box: part of a surname, a first name, or both names.
		this.searches = sqlite
			.prepare<[], Pick<Database['child'], 'first_name' | 'last_name'>>(
				'SELECT first_name, last_name FROM child ORDER BY random() LIMIT 500'
			)
			.all()
			.map(({ first_name, last_name }, n) =>
				n % 3 === 0 ? last_name.slice(0, 3 + (n % 3)) : n % 3 === 1 ? first_name : `${first_name} ${last_name}`
			);
	}

	next(): MixedRequest {
		const waiting = this.awaitingCode.shift();
		if (waiting) {
			const request = this.codeStep(waiting.member, waiting.cookie);
			if (request) return request;
		}
		const member = this.members[Math.floor(this.random() * this.members.length)]!;
		const kind = this.pickKind();
		const plan = member.plans[Math.floor(this.random() * member.plans.length)]!;
		switch (kind) {
			case 'caseload':
				return this.page(kind, member, '/plans');
			case 'caseload search':
				return this.page(kind, member, `/plans?q=${encodeURIComponent(this.pick(this.searches))}`);
			case 'caseload page': {
				const pages = Math.ceil(member.plans.length / 25);
				const sort = this.random() < 0.5 ? 'name' : 'review';
				const dir = this.random() < 0.8 ? 'asc' : 'desc';
				return this.page(kind, member, `/plans?sort=${sort}&dir=${dir}&page=${1 + Math.floor(this.random() * pages)}`);
			}
			case 'plan page':
				return this.page(kind, member, `/plans/${plan}`, 'plan.viewed');
			case 'plan section':
				return this.page(kind, member, `/plans/${plan}/${this.pick(sections)}`);
			case 'plan PDF':
				return this.page(kind, member, `/plans/${plan}/plan.pdf`, 'plan.exported.pdf');
			case 'aspiration save': {
				const write = this.writes.aspirationSave(member.id, `I want to join the after-school club (${++this.saves}).`);
				return write
					? this.form(kind, member.cookie, write)
					: this.page('plan page', member, `/plans/${plan}`, 'plan.viewed');
			}
			case 'plan start':
				if (!this.writes.mayStart(member.id)) return this.page('caseload', member, '/plans');
				return this.form(kind, member.cookie, this.writes.planStart(member.id, today()));
			case 'sign-in':
				return this.passwordStep();
		}
	}

	private pickKind(): Kind {
		let left = this.random() * 100;
		for (const [kind, weight] of Object.entries(weights) as Array<[Kind, number]>) {
			left -= weight;
			if (left < 0) return kind;
		}
		return 'plan page';
	}

	private pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.random() * items.length)]!;
	}

	private count(action: AuditAction): void {
		this.auditedReads.set(action, (this.auditedReads.get(action) ?? 0) + 1);
	}

	/** A page (or download) read by a signed-in member; `audited` names the audit row a 200 writes. */
	private page(kind: string, member: Member, path: string, audited?: AuditAction): MixedRequest {
		return {
			kind,
			method: 'GET',
			path,
			headers: { cookie: member.cookie, accept: 'text/html' },
			answered: (status) => {
				if (audited && status === 200) this.count(audited);
			}
		};
	}

	private post(kind: string, path: string, body: string, cookie?: string): MixedRequest {
		return {
			kind,
			method: 'POST',
			path,
			body,
			headers: {
				...(cookie ? { cookie } : {}),
				origin: this.origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			}
		};
	}

	private form(kind: string, cookie: string, write: WriteRequest): MixedRequest {
		return {
			...this.post(kind, write.path, write.body, cookie),
			answered: (status, { location }) => {
				const confirmed = write.answered(status, location);
				if (confirmed) this.confirmed.push(confirmed);
			}
		};
	}

	/** Email and password, staff in turn; the half-signed-in session then waits for its code. */
	private passwordStep(): MixedRequest {
		const member = this.members[this.signIns++ % this.members.length]!;
		const body = new URLSearchParams({ email: member.email, password: seedPassword }).toString();
		return {
			...this.post('sign-in', '/sign-in', body),
			answered: (status, { setCookie }) => {
				if (status !== 303) return;
				this.count('sign-in.password');
				const cookie = setCookie.find((value) => value.startsWith(member.cookie.split('=')[0] + '='))?.split(';')[0];
				if (cookie) this.awaitingCode.push({ member, cookie });
			}
		};
	}

	/**
	 * The code from the authenticator, unless this account has used this time step's code already (it
	 * signed in twice within 30 seconds): then that session is left, as a person would who gave up.
	 */
	private codeStep(member: Member, cookie: string): MixedRequest | undefined {
		const step = Math.floor(Date.now() / 30_000);
		if ((this.lastStep.get(member.id) ?? -1) >= step) return undefined;
		this.lastStep.set(member.id, step);
		const body = new URLSearchParams({ code: authenticatorCode(member.totpKey) }).toString();
		return {
			...this.post('sign-in code', '/sign-in/code', body, cookie),
			answered: (status) => {
				if (status === 303) this.count('sign-in');
			}
		};
	}
}
