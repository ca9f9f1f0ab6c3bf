import type { Locator, Page } from '@playwright/test';
import { boxesOf } from './dates';

/**
 * A keyboard user: every move is Tab, Shift+Tab, arrows, Space or Enter, as someone without a mouse
 * works. No clicks, no `fill`, no focusing an element directly.
 */

const isFocused = (target: Locator) =>
	target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus, failing after `most` presses. */
export async function tabTo(page: Page, target: Locator, most = 300): Promise<void> {
	for (let press = 0; press < most; press++) {
		if (await isFocused(target)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} by Tab`);
}

/** Tabs to a text field or text area and types `text` over whatever it held. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
	await tabTo(page, field);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.type(text);
}

/**
 * Tabs to a date input (its group, see `dateGroup`) and types the date into its three boxes, moving
 * from day to month to year with Tab.
 */
export async function typeDate(page: Page, group: Locator, isoDate: string): Promise<void> {
	const boxes = boxesOf(isoDate);
	for (const [index, label] of (['Day', 'Month', 'Year'] as const).entries()) {
		await typeInto(page, group.getByLabel(label, { exact: true }), boxes[index]!);
	}
}

/**
 * Chooses a radio button: Tab stops once in a group of radios (on the chosen one, or the first), and
 * the arrow keys move along it, choosing as they go.
 */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
	const name = await radio.getAttribute('name');
	const group = page.locator(`input[type="radio"][name="${name}"]`);
	for (
		let press = 0;
		!(await group.evaluateAll((radios) => radios.includes(document.activeElement as HTMLInputElement)));
		press++
	) {
		if (press > 300) throw new Error(`could not reach the radios "${name}" by Tab`);
		await page.keyboard.press('Tab');
	}
	for (let press = 0; !(await isFocused(radio)); press++) {
		if (press > 20) throw new Error(`could not reach ${radio} with the arrow keys`);
		await page.keyboard.press('ArrowDown');
	}
	if (!(await radio.isChecked())) await page.keyboard.press('Space');
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
	await tabTo(page, checkbox);
	if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
}

/** Tabs to a select and moves through its options with the arrow keys until the one wanted is chosen. */
export async function chooseOption(
	page: Page,
	select: Locator,
	wanted: string,
	by: 'label' | 'value' = 'label'
): Promise<void> {
	await tabTo(page, select);
	await page.keyboard.press('Home');
	const chosen = () => select.evaluate((element: HTMLSelectElement, by) => element.selectedOptions[0]?.[by], by);
	for (let press = 0; (await chosen()) !== wanted; press++) {
		if (press > 50) throw new Error(`"${wanted}" is not an option of ${select}`);
		await page.keyboard.press('ArrowDown');
	}
}

/** Tabs to a link or button and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press('Enter');
}
