/**
 * The pictures of the Easy Read plan: one beside each line, chosen from the item's words, with a picture
 * for each layer when no word matches, and changeable by the writer. Every picture comes from a set whose
 * licence allows use in any app (`picture-sets.ts`; a test fails on any other).
 */
import type { PictureSetName } from './picture-sets';

/** Where a line of the Easy Read plan comes from: a layer of the thread, or the plan's review. */
export type EasyReadLayer = 'aspiration' | 'need' | 'outcome' | 'provision' | 'review';

/** A picture: its key, what it shows (the writer's choice list and the page's alt text), and its file. */
export interface Picture {
	readonly key: string;
	readonly label: string;
	readonly set: PictureSetName;
	/** The file's name in the set (OpenMoji names its files by the emoji's code points). */
	readonly file: string;
	/** Words in an item that call for this picture, in lower case; a word may end with `*` to match any ending. */
	readonly words: readonly string[];
}

const openmoji = (key: string, label: string, file: string, words: readonly string[]): Picture => ({
	key,
	label,
	set: 'openmoji',
	file,
	words
});

/**
 * Every picture, in the order the writer is offered them. Where an item's words match several, the
 * first in this list wins, so the specific kinds of help come before the general.
 */
export const pictures: readonly Picture[] = [
	openmoji('speech', 'Talking (speech and language)', '1F5E3', [
		'speech',
		'speak*',
		'talk*',
		'language',
		'words',
		'communicat*'
	]),
	openmoji('listening', 'Listening and hearing', '1F9BB', ['hearing', 'listen*', 'deaf', 'ear*']),
	openmoji('seeing', 'Seeing', '1F441', ['vision', 'visual*', 'see', 'seeing', 'sight', 'glasses']),
	openmoji('mentor', 'A mentor or key worker', '1F9D1-200D-1F91D-200D-1F9D1', [
		'mentor*',
		'key worker',
		'keyworker',
		'check-in*',
		'buddy'
	]),
	openmoji('small-group', 'A small group', '1F465', ['group*', 'small group', 'together', 'friends', 'friend*']),
	openmoji('travel', 'Travelling (travel training)', '1F68C', [
		'travel*',
		'bus',
		'buses',
		'train',
		'journey*',
		'route*'
	]),
	openmoji('reading', 'Reading', '1F4D6', ['read*', 'phonics', 'book*', 'spelling']),
	openmoji('writing', 'Writing', '270D', ['writ*', 'handwriting', 'typing', 'pencil*']),
	openmoji('numbers', 'Numbers and maths', '1F9EE', ['maths', 'math', 'number*', 'count*', 'money']),
	openmoji('feelings', 'Feelings', '1F60C', [
		'feel*',
		'anxi*',
		'worr*',
		'calm*',
		'emotion*',
		'angry',
		'upset',
		'wellbeing'
	]),
	openmoji('moving', 'Moving and physio', '1F3C3', ['physio*', 'mov*', 'walk*', 'balance', 'motor', 'sport*', 'PE']),
	openmoji('therapy', 'Therapy (occupational therapy)', '1F590', [
		'occupational',
		'OT',
		'sensory',
		'fine motor',
		'therap*'
	]),
	openmoji('health', 'Health and nurses', '1F9D1-200D-2695-FE0F', [
		'health',
		'nurse',
		'medic*',
		'doctor',
		'paediatric*',
		'epilepsy',
		'diabetes'
	]),
	openmoji('quiet', 'A quiet space', '1F92B', ['quiet', 'noise', 'noisy', 'loud', 'break*', 'ear defenders']),
	openmoji('time', 'Time and timetables', '23F0', ['time*', 'routine*', 'schedule*', 'late', 'morning']),
	openmoji('school', 'School and lessons', '1F3EB', ['school', 'lesson*', 'class*', 'teacher*']),
	openmoji('college', 'College and learning more', '1F393', ['college', 'university', 'course', 'qualification*']),
	openmoji('work', 'Work and jobs', '1F4BC', ['job*', 'work*', 'career*', 'employ*', 'vet', 'nursery']),
	openmoji('home', 'Home and family', '1F3E0', ['home', 'family', 'mum', 'dad', 'parent*', 'house', 'live']),
	openmoji('art', 'Art and drawing', '1F3A8', ['art', 'draw*', 'paint*', 'artist']),
	openmoji('music', 'Music', '1F3B5', ['music*', 'sing*', 'song*', 'guitar', 'piano', 'drum*']),
	openmoji('animals', 'Animals', '1F43E', ['animal*', 'dog*', 'cat', 'cats', 'horse*', 'pet*']),
	openmoji('football', 'Football and games', '26BD', ['football', 'game*', 'play*']),
	openmoji('computer', 'Computers', '1F4BB', ['computer*', 'laptop', 'tablet', 'ipad', 'coding']),
	openmoji('food', 'Food and eating', '1F37D', ['eat*', 'food', 'lunch*', 'meal*', 'dinner*']),
	openmoji('hope', 'A hope for the future (a shooting star)', '1F320', []),
	openmoji('hard', 'Something I find hard (a thinking face)', '1F914', []),
	openmoji('working-on', 'Something I am working on (footprints)', '1F463', []),
	openmoji('help', 'Someone who helps me (helping hands)', '1F91D', []),
	openmoji('calendar', 'A date (a calendar)', '1F4C5', ['review*', 'meeting*', 'date*'])
];

/** The picture each layer gets when none of the item's words calls for another. */
export const layerPictures: Readonly<Record<EasyReadLayer, string>> = {
	aspiration: 'hope',
	need: 'hard',
	outcome: 'working-on',
	provision: 'help',
	review: 'calendar'
};

const byKey = new Map(pictures.map((picture) => [picture.key, picture]));

/** The picture with this key, if there is one. */
export function pictureByKey(key: string): Picture | undefined {
	return byKey.get(key);
}

/** Whether the word `pattern` (lower case, maybe ending `*`) matches `word`. */
function matches(pattern: string, word: string): boolean {
	return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * The picture for an item: the writer's choice if they made one (and it still exists), else the first
 * picture one of the item's words calls for, else its layer's picture. Patterns of two words match the
 * two words together; patterns in capitals ("OT", "PE") match only in capitals, so "pe" in a word is
 * never physical education.
 */
export function choosePicture(layer: EasyReadLayer, words: string, chosen?: string | null): Picture {
	const picked = chosen ? byKey.get(chosen) : undefined;
	if (picked) return picked;
	const tokens: string[] = words.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
	const lower = tokens.map((token) => token.toLowerCase());
	const pairs = lower.slice(1).map((word, index) => `${lower[index]} ${word}`);
	const found = pictures.find((picture) =>
		picture.words.some((pattern) => {
			if (pattern !== pattern.toLowerCase()) return tokens.includes(pattern);
			return pattern.includes(' ') ? pairs.includes(pattern) : lower.some((word) => matches(pattern, word));
		})
	);
	return found ?? (byKey.get(layerPictures[layer]) as Picture);
}
