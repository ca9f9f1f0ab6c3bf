import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeRoleSchema, invitationIdSchema, inviteMemberSchema } from '$lib/forms/members';
import type { Actor, StaffAccount } from '$lib/server/actor';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { readAccount } from '$lib/server/db/accounts';
import { createInvitation } from '$lib/server/db/invitations';
import { readInvitation } from '$lib/server/invitations/read-invitation';
import { changeMemberRole } from '$lib/server/members/change-member-role';
import { disableMember } from '$lib/server/members/disable-member';
import { inviteMember } from '$lib/server/members/invite-member';
import { readMembersOverview } from '$lib/server/members/members-overview';
import { readMember } from '$lib/server/members/read-member';
import { withdrawMemberInvitation } from '$lib/server/members/withdraw-member-invitation';
import { seedAccount, seedOrganisation, staffAccount, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
let admin: Actor<StaffAccount>;
const ip = '192.0.2.40';

beforeEach(async () => {
	temp = await startTempAppDatabase();
	await seedOrganisation(temp.db, 'org');
	await seedOrganisation(temp.db, 'elsewhere');
	await seedAccount(temp.db, { id: 'ada', organisationId: 'org', role: 'admin' });
	await seedAccount(temp.db, { id: 'tom', organisationId: 'org', role: 'practitioner' });
	await seedAccount(temp.db, { id: 'zoe', organisationId: 'elsewhere', role: 'practitioner' });
	admin = { account: await staffAccount(temp.db, 'ada'), ip };
});
afterEach(() => temp.dispose());

describe('the members pages’ reads', () => {
	it('list the organisation’s members and its invitations to join, not those to one plan', async () => {
		await createInvitation(temp.db, {
			organisationId: 'org',
			invitedBy: 'ada',
			name: 'Joiner',
			email: 'j@example.org'
		});
		await createInvitation(temp.db, {
			organisationId: 'elsewhere',
			invitedBy: 'zoe',
			name: 'Other',
			email: 'o@example.org'
		});
		const overview = await readMembersOverview('org');
		expect(overview.members.map((member) => member.id)).toEqual(['ada', 'tom']);
		expect(overview.invitations.map((invitation) => invitation.name)).toEqual(['Joiner']);
	});

	it('read a member of the organisation only', async () => {
		expect(await readMember('org', 'tom')).toMatchObject({ id: 'tom', role: 'practitioner', disabled: false });
		expect(await readMember('org', 'zoe')).toBeUndefined();
		expect(await readMember('org', 'x'.repeat(65))).toBeUndefined();
	});
});

describe('inviting a member', () => {
	const input = (email: string) => v.parse(inviteMemberSchema, { name: 'Priya Shah', email, role: 'coordinator' });

	it('makes an invitation with the role, whose link works, and records it', async () => {
		const result = await inviteMember(input('priya@example.org'), admin);
		if (!result.ok) throw new Error(result.reason);
		const lookup = await readInvitation(result.token);
		if (!lookup.found) throw new Error('not found');
		expect(lookup).toMatchObject({ state: 'open', invitation: { organisation_id: 'org', role: 'coordinator' } });
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: 'ada',
				plan_id: null,
				action: 'member.invited',
				item: lookup.invitation.id,
				ip
			}
		]);
	});

	it('is refused when the email already has an account (in any organisation), and writes nothing', async () => {
		await expectWritesNothing(temp.db, () => inviteMember(input('ZOE@example.org'), admin), {
			ok: false,
			reason: 'has-account'
		});
	});

	it('makes no invitation when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => inviteMember(input('priya@example.org'), admin));
	});
});

describe('withdrawing an invitation to join', () => {
	let invitationId: string;
	beforeEach(async () => {
		({ id: invitationId } = await createInvitation(temp.db, {
			organisationId: 'org',
			invitedBy: 'ada',
			name: 'Joiner',
			email: 'j@example.org',
			role: 'practitioner'
		}));
	});
	const input = (id: string) => v.parse(invitationIdSchema, { invitationId: id });

	it('withdraws it, and records it', async () => {
		expect(await withdrawMemberInvitation(input(invitationId), admin)).toEqual({ ok: true });
		expect(await readMembersOverview('org')).toMatchObject({ invitations: [] });
		expect((await auditRows(temp.db)).map((row) => [row.action, row.item])).toEqual([
			['invitation.withdrawn', invitationId]
		]);
	});

	it('is refused for one already withdrawn, and writes nothing more', async () => {
		await withdrawMemberInvitation(input(invitationId), admin);
		await expectWritesNothing(temp.db, () => withdrawMemberInvitation(input(invitationId), admin), {
			ok: false,
			reason: 'not-pending'
		});
	});

	it('is refused for another organisation’s, and writes nothing', async () => {
		const { id } = await createInvitation(temp.db, {
			organisationId: 'elsewhere',
			invitedBy: 'zoe',
			name: 'Other',
			email: 'o@example.org'
		});
		await expectWritesNothing(temp.db, () => withdrawMemberInvitation(input(id), admin), {
			ok: false,
			reason: 'not-pending'
		});
	});

	it('leaves it pending when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => withdrawMemberInvitation(input(invitationId), admin));
	});
});

describe('changing a member’s role', () => {
	const to = (role: string) => v.parse(changeRoleSchema, { role });

	it('changes it, and records it', async () => {
		expect(await changeMemberRole('tom', to('coordinator'), admin)).toEqual({ ok: true, changed: true });
		expect((await readAccount(temp.db, 'tom'))?.role).toBe('coordinator');
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'ada', plan_id: null, action: 'member.role-changed', item: 'tom', ip }
		]);
	});

	it('changes and records nothing when the role is the same', async () => {
		await expectWritesNothing(temp.db, () => changeMemberRole('tom', to('practitioner'), admin), {
			ok: true,
			changed: false
		});
	});

	it('refuses to demote the last active admin, and writes nothing', async () => {
		await expectWritesNothing(temp.db, () => changeMemberRole('ada', to('coordinator'), admin), {
			ok: false,
			reason: 'last-admin'
		});
	});

	it('demotes an admin while another is active', async () => {
		await seedAccount(temp.db, { id: 'bea', organisationId: 'org', role: 'admin' });
		expect(await changeMemberRole('ada', to('coordinator'), admin)).toEqual({ ok: true, changed: true });
	});

	it('refuses another organisation’s member, and writes nothing', async () => {
		await expectWritesNothing(temp.db, () => changeMemberRole('zoe', to('admin'), admin), {
			ok: false,
			reason: 'not-found'
		});
	});

	it('leaves the role when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => changeMemberRole('tom', to('admin'), admin));
	});
});

describe('disabling a member', () => {
	it('disables them, signs them out everywhere, and records it', async () => {
		const token = await createSession(temp.db, 'tom', true, visitorAt(ip));
		expect(await disableMember('tom', admin)).toEqual({ ok: true, changed: true });
		expect((await readAccount(temp.db, 'tom'))?.disabled_at).not.toBeNull();
		expect(await temp.db.selectFrom('session').select('id').where('account_id', '=', 'tom').execute()).toEqual([]);
		expect(await validateSessionToken(temp.db, token)).toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'ada', plan_id: null, action: 'member.disabled', item: 'tom', ip }
		]);
	});

	it('changes and records nothing for a member already disabled', async () => {
		await disableMember('tom', admin);
		await expectWritesNothing(temp.db, () => disableMember('tom', admin), { ok: true, changed: false });
	});

	it('refuses to disable the last active admin, and writes nothing', async () => {
		await expectWritesNothing(temp.db, () => disableMember('ada', admin), { ok: false, reason: 'last-admin' });
	});

	it('refuses another organisation’s member, and writes nothing', async () => {
		await expectWritesNothing(temp.db, () => disableMember('zoe', admin), { ok: false, reason: 'not-found' });
	});

	it('leaves them enabled and signed in when its audit row cannot be written', async () => {
		await createSession(temp.db, 'tom', true, visitorAt(ip));
		await expectUndoneWithoutAuditRow(temp.db, () => disableMember('tom', admin));
	});
});
