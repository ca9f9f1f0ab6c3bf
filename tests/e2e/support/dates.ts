import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The GOV.UK date inputs on a page: a group named by its legend, with three boxes labelled Day, Month
 * and Year. A date is given as ISO (`2012-10-03`) and typed as a person would (3, 10, 2012).
 */

type Typed = [day: string, month: string, year: string];

/** The date input whose legend is `legend` (exactly). */
export function dateGroup(scope: Page | Locator, legend: string): Locator {
	return scope.getByRole('group', { name: legend, exact: true });
}

/** The three boxes' text for `isoDate`, without leading zeros ('' for each when there is no date). */
export function boxesOf(isoDate: string): Typed {
	if (isoDate === '') return ['', '', ''];
	const [year, month, day] = isoDate.split('-');
	return [String(Number(day)), String(Number(month)), year!];
}

/** The Day, Month and Year boxes of the date input named `legend`, each with what it should hold. */
function boxesWith(scope: Page | Locator, legend: string, date: string | Typed): Array<[Locator, string]> {
	const typed = typeof date === 'string' ? boxesOf(date) : date;
	const group = dateGroup(scope, legend);
	return (['Day', 'Month', 'Year'] as const).map((label, index) => [
		group.getByLabel(label, { exact: true }),
		typed[index]!
	]);
}

/** Fills the date input named `legend` with `date`: ISO, or the three boxes as typed. */
export async function fillDate(scope: Page | Locator, legend: string, date: string | Typed): Promise<void> {
	for (const [box, text] of boxesWith(scope, legend, date)) await box.fill(text);
}

/** Expects the date input named `legend` to show `date`: ISO, or the three boxes as typed. */
export async function expectDate(scope: Page | Locator, legend: string, date: string | Typed): Promise<void> {
	for (const [box, text] of boxesWith(scope, legend, date)) await expect(box).toHaveValue(text);
}

/** The date the input named `legend` holds, as ISO (`2012-10-03`). */
export async function readDate(scope: Page | Locator, legend: string): Promise<string> {
	const [day, month, year] = await Promise.all(boxesWith(scope, legend, '').map(([box]) => box.inputValue()));
	return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
