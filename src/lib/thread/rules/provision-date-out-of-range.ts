import { formatUkDate } from '../../dates/format';
import { isIsoDate } from '../../dates/iso-date';
import { quote } from '../quote';
import { defineRule } from '../rule';

/** Which of a provision's dates a finding is about. */
type ProvisionDate = 'startDate' | 'reviewDate';

const saying: Readonly<Record<ProvisionDate, string>> = {
	startDate: 'starts on',
	reviewDate: 'is to be reviewed on'
};

/**
 * A provision's start or review date is before the plan starts: support that carries on from an
 * earlier version starts again with this one, and a review already past reviews nothing.
 */
export const provisionDateOutOfRange = defineRule<{
	text: string;
	field: ProvisionDate;
	date: string;
	startDate: string;
}>({
	id: 'provision-date-out-of-range',
	severity: 'warning',
	description: 'A provision’s start or review date is before the plan starts.',
	message: ({ text, field, date, startDate }) =>
		`The provision ${quote(text)} ${saying[field]} ${formatUkDate(date)}, before the plan starts on ${formatUkDate(startDate)}. Check the date${field === 'startDate' ? ': support that carries on starts again with the plan' : ''}.`,
	check({ plan, hasValidStart }, report) {
		const { startDate } = plan.plan;
		if (!hasValidStart) return;
		for (const provision of plan.provision) {
			for (const field of ['startDate', 'reviewDate'] as const) {
				const date = provision[field];
				if (date !== undefined && isIsoDate(date) && date < startDate)
					report({ kind: 'provision', id: provision.id }, { text: provision.text, field, date, startDate });
			}
		}
	}
});
