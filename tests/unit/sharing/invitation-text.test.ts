import { describe, expect, it } from 'vitest';
import { inviterLabel, outsidePersonLabel, planInvitationSentence } from '$lib/invitation-text';
import { needsSecondFactor } from '$lib/server/auth/guard';

const patel = { inviterName: 'Mrs Patel', inviterRole: 'coordinator', organisationName: 'Oakfield Primary' } as const;

describe('what an invitation says', () => {
	it.each([
		['viewer', "Mrs Patel (SENCo, Oakfield Primary) has invited you to read Sarah Okafor's plan"],
		[
			'contributor',
			"Mrs Patel (SENCo, Oakfield Primary) has invited you to read and add your views to Sarah Okafor's plan"
		],
		['editor', "Mrs Patel (SENCo, Oakfield Primary) has invited you to work on Sarah Okafor's plan"]
	] as const)('names the child and who invited them (%s)', (level, sentence) => {
		expect(planInvitationSentence({ ...patel, childName: 'Sarah Okafor', level })).toBe(sentence);
	});

	it('names an administrator as one, and leaves out a role it does not know', () => {
		expect(inviterLabel({ ...patel, inviterRole: 'admin' })).toBe('Mrs Patel (Administrator, Oakfield Primary)');
		expect(inviterLabel({ ...patel, inviterRole: null })).toBe('Mrs Patel (Oakfield Primary)');
	});

	it('names someone from outside with their role and organisation', () => {
		expect(
			outsidePersonLabel({
				name: 'Priya Shah',
				professionalRole: 'Speech and language therapist',
				professionalOrganisation: 'NHS Kent Community Health'
			})
		).toBe('Priya Shah, Speech and language therapist, NHS Kent Community Health');
		expect(outsidePersonLabel({ name: 'Grace Okafor', professionalRole: null, professionalOrganisation: null })).toBe(
			'Grace Okafor'
		);
	});
});

describe('who must pass a second factor', () => {
	it.each([
		['staff', { organisation_id: 'org', professional_role: null, totp_key: null }, true],
		[
			'a professional from outside',
			{ organisation_id: null, professional_role: 'Physiotherapist', totp_key: null },
			true
		],
		['a family member', { organisation_id: null, professional_role: null, totp_key: null }, false],
		['a family member who set one up', { organisation_id: null, professional_role: null, totp_key: 'sealed' }, true]
	])('%s', (_, account, needs) => {
		expect(needsSecondFactor(account)).toBe(needs);
	});
});
