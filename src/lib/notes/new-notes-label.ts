import { plural } from '../plan/plural';

/** How the team is told of notes no review has taken in yet: "1 new note", "2 new notes". */
export function newNotesLabel(count: number): string {
	return plural(count, 'new note');
}
