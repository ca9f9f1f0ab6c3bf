/**
 * How the child took part in a meeting (Lundy's "space" and "voice"): they need not be in the room for
 * their views to be heard.
 */
export const childTookPartWays = ['in-room', 'part', 'supporter', 'beforehand', 'not'] as const;
export type ChildTookPart = (typeof childTookPartWays)[number];

/** Each way, as the "Who's here" screen offers it, for the child called `name`. */
export function childTookPartLabel(way: ChildTookPart, name: string): string {
	switch (way) {
		case 'in-room':
			return `${name} is here for the whole meeting`;
		case 'part':
			return `${name} is here for part of the meeting`;
		case 'supporter':
			return `${name}’s views are given by someone who supports them`;
		case 'beforehand':
			return `${name}’s views were gathered beforehand (a recording, a drawing, a talk)`;
		case 'not':
			return `${name} is not taking part this time`;
	}
}
