import type { MeetingKind } from './meeting-kind';

/**
 * The agenda of a person-centred meeting, one screen each, in the order the chair usually takes them.
 * The chair can move to any screen, and back.
 */
export const meetingScreens = [
	'here',
	'like-and-admire',
	'important',
	'working',
	'questions',
	'plan',
	'actions',
	'check'
] as const;
export type MeetingScreen = (typeof meetingScreens)[number];

export interface ScreenWords {
	title: string;
	/** What the screen is for, in one plain sentence. */
	purpose: string;
}

/** A screen's title and purpose, for the child called `name`, in a meeting of `kind`. */
export function screenWords(screen: MeetingScreen, name: string, kind: MeetingKind): ScreenWords {
	switch (screen) {
		case 'here':
			return { title: 'Who’s here', purpose: `Who has come, who sent apologies, and how ${name} is taking part.` };
		case 'like-and-admire':
			return {
				title: `What we like and admire about ${name}`,
				purpose: `Everyone says something they like and admire about ${name}, starting with ${name}’s family.`
			};
		case 'important':
			return {
				title: `What’s important to ${name}, and for ${name}`,
				purpose: `What matters to ${name} in their own words, and what others think matters for them to be healthy, safe and happy.`
			};
		case 'working':
			return {
				title: 'What’s working and what’s not working',
				purpose: `Each person says what is going well for ${name} and what is not, from where they stand.`
			};
		case 'questions':
			return {
				title: 'Questions to answer',
				purpose: 'What we do not know yet and need to find out, so that we can plan well.'
			};
		case 'plan':
			return kind === 'review'
				? {
						title: 'The plan: progress on each outcome',
						purpose: `How far ${name} has come towards each outcome, and what should change in the plan.`
					}
				: {
						title: 'The plan: hopes, needs, outcomes and support',
						purpose: `What ${name} hopes for, what stands in the way, what ${name} will work towards, and the support that will help.`
					};
		case 'actions':
			return { title: 'Actions', purpose: 'Who will do what, and by when.' };
		case 'check':
			return {
				title: 'Check before agreeing',
				purpose: `Whether ${name} could take part as they wished, and what changed because of what they said.`
			};
	}
}

/** The screen after `screen`, or null on the last. */
export function nextScreen(screen: MeetingScreen): MeetingScreen | null {
	return meetingScreens[meetingScreens.indexOf(screen) + 1] ?? null;
}

/** The screen before `screen`, or null on the first. */
export function previousScreen(screen: MeetingScreen): MeetingScreen | null {
	const index = meetingScreens.indexOf(screen);
	return index > 0 ? meetingScreens[index - 1]! : null;
}
