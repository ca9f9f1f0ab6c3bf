/** Every thread rule, in the order of the design's rule table. */
import { register, type RegisteredRule } from '../rule';
import { aspirationWithoutOutcome } from './aspiration-without-outcome';
import { brokenLink } from './broken-link';
import { needWithoutOutcome } from './need-without-outcome';
import { noAspirations } from './no-aspirations';
import { noChildVoice } from './no-child-voice';
import { outcomeDateOutOfRange } from './outcome-date-out-of-range';
import { outcomeNotMeasurable } from './outcome-not-measurable';
import { outcomeNotTimeBound } from './outcome-not-time-bound';
import { outcomeWithoutAspiration } from './outcome-without-aspiration';
import { outcomeWithoutNeed } from './outcome-without-need';
import { outcomeWithoutProvision } from './outcome-without-provision';
import { provisionDateOutOfRange } from './provision-date-out-of-range';
import { provisionNotQuantified } from './provision-not-quantified';
import { provisionWithoutOutcome } from './provision-without-outcome';
import { provisionWithoutProvider } from './provision-without-provider';
import { reviewDateMissing } from './review-date-missing';
import { reviewOverdue } from './review-overdue';
import { reviewTooFar } from './review-too-far';
import { stepDateOutOfRange } from './step-date-out-of-range';
import { vagueWording } from './vague-wording';
import { outcomeIsProvision } from './outcome-is-provision';
import { provisionIsOutcome } from './provision-is-outcome';
import { universalOffer } from './universal-offer';
import { delivererUnnamed } from './deliverer-unnamed';
import { supportWithoutSubstance } from './support-without-substance';
import { easyReadWords } from './easy-read-words';

export {
	aspirationWithoutOutcome,
	brokenLink,
	needWithoutOutcome,
	noAspirations,
	noChildVoice,
	outcomeDateOutOfRange,
	outcomeNotMeasurable,
	outcomeNotTimeBound,
	outcomeWithoutAspiration,
	outcomeWithoutNeed,
	outcomeWithoutProvision,
	provisionDateOutOfRange,
	provisionNotQuantified,
	provisionWithoutOutcome,
	provisionWithoutProvider,
	reviewDateMissing,
	reviewOverdue,
	reviewTooFar,
	stepDateOutOfRange,
	vagueWording,
	outcomeIsProvision,
	provisionIsOutcome,
	universalOffer,
	delivererUnnamed,
	supportWithoutSubstance,
	easyReadWords
};

/** The rules `checkThread` runs, in table order: errors first, as the design lists them. */
export const rules: readonly RegisteredRule[] = [
	register(noAspirations),
	register(outcomeWithoutAspiration),
	register(provisionWithoutOutcome),
	register(brokenLink),
	register(reviewDateMissing),
	register(aspirationWithoutOutcome),
	register(needWithoutOutcome),
	register(outcomeWithoutNeed),
	register(outcomeWithoutProvision),
	register(outcomeNotTimeBound),
	register(outcomeNotMeasurable),
	register(outcomeDateOutOfRange),
	register(stepDateOutOfRange),
	register(provisionDateOutOfRange),
	register(provisionNotQuantified),
	register(provisionWithoutProvider),
	register(outcomeIsProvision),
	register(provisionIsOutcome),
	register(universalOffer),
	register(delivererUnnamed),
	register(supportWithoutSubstance),
	register(vagueWording),
	register(reviewTooFar),
	register(reviewOverdue),
	register(noChildVoice),
	register(easyReadWords)
];
