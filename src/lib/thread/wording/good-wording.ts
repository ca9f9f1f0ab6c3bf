/**
 * How good wording reads, for each kind of vague wording: a sentence that published guidance gives as
 * specific (from the labelled corpus in `tests/fixtures/wording/`), quoted in the finding's message so
 * that the writer sees the difference. A unit test holds each to the corpus and to the checker.
 */
import type { WordingKind } from './read-wording';

const PROVISION = {
	therapy:
		'30 minutes of direct speech and language therapy delivered by a qualified speech and language therapist, once per week during term time',
	accessTo:
		'Access to the sensory room for 15 minutes at the start of each lesson transition, supervised by a trained TA',
	named:
		'Occupational therapy programme for handwriting, delivered by class teacher following OT guidance, 10 minutes daily',
	individual:
		'Individual phonics sessions for 10 minutes a day, outside of the main classroom to avoid distraction. Always led by a key, consistent TA.'
};
const OUTCOME = {
	does: 'By the end of Key Stage 1, Parveen will be able to use spoken language to communicate her basic needs.',
	measured:
		'By the end of Key Stage 2, John will be able to maintain a five-minute two-way conversation with a peer each day'
};

/** A good example for each kind of vague wording, as an outcome and as a provision reads. */
export const goodWording: Readonly<Record<WordingKind, Readonly<Record<'outcome' | 'provision', string>>>> = {
	'outcome-is-provision': { outcome: OUTCOME.does, provision: PROVISION.therapy },
	'provision-is-outcome': { outcome: OUTCOME.does, provision: PROVISION.therapy },
	'universal-offer': { outcome: OUTCOME.does, provision: PROVISION.individual },
	'deliverer-unnamed': { outcome: OUTCOME.does, provision: PROVISION.named },
	'support-without-substance': { outcome: OUTCOME.does, provision: PROVISION.therapy },
	'no-measure': { outcome: OUTCOME.measured, provision: PROVISION.therapy },
	hedge: { outcome: OUTCOME.measured, provision: PROVISION.accessTo }
};
