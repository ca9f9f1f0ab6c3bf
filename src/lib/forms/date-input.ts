/**
 * A date asked for with the GOV.UK date input: three boxes sent as `<name>-day`, `<name>-month` and
 * `<name>-year`, read into an ISO date with the Design System's messages ("Date of birth must include a
 * month", "Date of birth must be a real date"). Each problem is put on the first box to put right, so
 * that the error summary links there (see `formErrors`).
 */
import * as v from 'valibot';
import { datePartNames, readTypedDate, type DatePartName, type TypedDate } from '../dates/typed-date';
import type { IsoDate } from '../dates/iso-date';
import type { FormFields } from './form-input';

/** A rule the date must keep, checked once it is a real date: "Date of birth must be today or in the past". */
export interface DateRule {
	holds: (date: IsoDate) => boolean;
	message: string;
}

export interface DateInputOptions {
	rules?: readonly DateRule[];
}

const boxes = v.object({ day: v.string(), month: v.string(), year: v.string() });

/** The date inputs made here, so that `formInput` knows to read their three boxes. */
const dateInputs = new WeakSet<object>();

/** Whether a form's field is a date input made by `dateInput` or `optionalDateInput`. */
export function isDateInput(schema: unknown): boolean {
	return typeof schema === 'object' && schema !== null && dateInputs.has(schema);
}

type Boxes = v.InferOutput<typeof boxes>;
type DateInputSchema<TOutput> = v.SchemaWithPipe<readonly [typeof boxes, v.RawTransformAction<Boxes, TOutput>]>;

/** The three boxes read into a date, or each problem put on its box; `required` refuses three empty boxes. */
function build(name: string, options: DateInputOptions, required: boolean): DateInputSchema<IsoDate | undefined> {
	// "Date of birth" → "Enter the date of birth".
	const enter = `Enter the ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
	const schema = v.pipe(
		boxes,
		v.rawTransform(({ dataset, addIssue, NEVER }): IsoDate | undefined => {
			const typed: TypedDate = dataset.value;
			const problem = (message: string, part: DatePartName) =>
				addIssue({
					message,
					path: [{ type: 'object', origin: 'value', input: typed, key: part, value: typed[part] }]
				});
			const reading = readTypedDate(typed);
			switch (reading.kind) {
				case 'empty':
					if (!required) return undefined;
					problem(enter, 'day');
					return NEVER;
				case 'incomplete':
					// One or two boxes are missing (three is empty): "must include a day and month".
					problem(`${name} must include a ${reading.missing.join(' and ')}`, reading.missing[0]);
					return NEVER;
				case 'not-real':
					problem(`${name} must be a real date`, reading.wrong[0]);
					return NEVER;
				case 'date': {
					const broken = options.rules?.find((rule) => !rule.holds(reading.date));
					if (!broken) return reading.date;
					problem(broken.message, 'day');
					return NEVER;
				}
			}
		})
	);
	dateInputs.add(schema);
	return schema;
}

/**
 * A date that must be given. `name` starts each message ("Date of birth"); rules are checked in order
 * once the date is real, the first broken one shown.
 */
export function dateInput(name: string, options: DateInputOptions = {}) {
	// Required, it never gives `undefined`: three empty boxes are a problem.
	return build(name, options, true) as DateInputSchema<IsoDate>;
}

/** A date that may be left out: three empty boxes (or none sent) are no date (`undefined`). */
export function optionalDateInput(name: string, options: DateInputOptions = {}) {
	const schema = v.optional(build(name, options, false));
	dateInputs.add(schema);
	return schema;
}

/**
 * The path of a date input's first box, for `v.forward`: a problem found across fields ("Review date
 * must be after the start date") goes there, the box the error summary links to. By then the date is
 * an ISO string, which valibot's types see as having no boxes; at run time `forward` only names the path.
 */
export function firstBoxOf<const TField extends string>(field: TField): [TField] {
	return [field, 'day'] as unknown as [TField];
}

/** The three boxes of the date input named `name`, as the browser sent them ('' for a box not sent). */
export function typedDateFrom(data: FormFields, name: string): TypedDate {
	const box = (part: DatePartName) => {
		const value = data.get(`${name}-${part}`);
		return typeof value === 'string' ? value : '';
	};
	return { day: box('day'), month: box('month'), year: box('year') };
}

/** The key a problem with one box is shown under: the box's own id, `dateOfBirth-month`. */
export function datePartKey(path: string): string {
	const [, field, part = ''] = /^(.*)\.([a-z]+)$/.exec(path) ?? [];
	return field && (datePartNames as readonly string[]).includes(part) ? `${field}-${part}` : path;
}
