import { describe, expect, it } from 'vitest';
import { fileNamePart, planPdfFileName } from '../../../src/lib/pdf/file-name';
import { fixturePlan } from './fixtures';

const withName = (firstName: string, lastName: string) => {
	const plan = fixturePlan('sarah');
	return { child: { ...plan.child, firstName, lastName }, plan: plan.plan };
};

describe('the PDF download file name', () => {
	it("is the child's first and last name, then support-plan and the start date", () => {
		expect(planPdfFileName(fixturePlan('sarah'))).toBe('Sarah-Okafor-support-plan-2026-09-07.pdf');
	});

	it.each([
		['Zoë', 'Ní Bhriain', 'Zoe-Ni-Bhriain-support-plan-2026-09-07.pdf'],
		['Łukasz', 'Wójcik', 'Lukasz-Wojcik-support-plan-2026-09-07.pdf'],
		['Thị Hương', 'Nguyễn', 'Thi-Huong-Nguyen-support-plan-2026-09-07.pdf'],
		['Siobhán', "O'Sullivan-Ahmed", 'Siobhan-OSullivan-Ahmed-support-plan-2026-09-07.pdf'],
		['Anne-Marie', 'D’Arcy', 'Anne-Marie-DArcy-support-plan-2026-09-07.pdf']
	])('makes %s %s safe for a file name', (first, last, expected) => {
		expect(planPdfFileName(withName(first, last))).toBe(expected);
	});

	it('never lets a name reach outside the file name or carry control characters', () => {
		const name = planPdfFileName(withName('../../etc/passwd', 'a\u0000b\r\n"c";'));
		expect(name).toBe('etc-passwd-a-b-c-support-plan-2026-09-07.pdf');
		expect(name).toMatch(/^[A-Za-z0-9-]+\.pdf$/);
	});

	it('leaves out a name with no Latin letters rather than printing nothing between hyphens', () => {
		expect(planPdfFileName(withName('明', '李'))).toBe('support-plan-2026-09-07.pdf');
	});

	it('keeps each name to 40 characters', () => {
		expect(fileNamePart('A'.repeat(2000))).toHaveLength(40);
	});
});
