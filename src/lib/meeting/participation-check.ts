/**
 * The check before agreeing, on Laura Lundy's model of children's participation (UNCRC article 12): four
 * questions, each answered in a sentence and kept with the meeting's record.
 */
export const participationQuestions = ['space', 'voice', 'audience', 'influence'] as const;
export type ParticipationQuestion = (typeof participationQuestions)[number];

/** Each question, and a hint of what a good answer says, about the child called `name`. */
export function participationQuestion(question: ParticipationQuestion, name: string): { label: string; hint: string } {
	switch (question) {
		case 'space':
			return {
				label: `Space: was ${name} able to take part as they wished?`,
				hint: 'Where and how they took part, and whether it felt safe and comfortable for them.'
			};
		case 'voice':
			return {
				label: `Voice: how were ${name}’s views given?`,
				hint: 'In their own words, with help, through a drawing or a recording, or by someone who knows them.'
			};
		case 'audience':
			return {
				label: `Audience: who listened to ${name}’s views?`,
				hint: 'Who heard them, including those who can make decisions.'
			};
		case 'influence':
			return {
				label: `Influence: what changed because of ${name}’s views?`,
				hint: 'What is in the plan now because of what they said, and what they will be told about it.'
			};
	}
}

/** The check's answers, each null until the chair gives it. */
export type ParticipationAnswers = Readonly<Record<ParticipationQuestion, string | null>>;
