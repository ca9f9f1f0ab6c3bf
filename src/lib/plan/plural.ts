/** A count with its noun: "1 session", "2 sessions", "3 new notes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}
