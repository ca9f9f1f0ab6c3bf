import type { LanguageFile } from './wording';

/** Somali. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const so: LanguageFile = {
	code: 'so',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Soo koobidda qorshaha {name} ee qoyska',
		translationNotice: 'Kani waa turjumaad. Qorshaha Ingiriisiga ah ayaa ah kan la tixgeliyo.',
		notChecked: 'Turjumaaddan weli ma hubin qof si fiican u yaqaan luqadda.',
		made: 'La sameeyay {date}.',
		page: 'Bogga {page} ee {pages}',
		aboutChild: 'Ku saabsan {name}',
		inOwnWords: 'Erayada {name} laftiisa',
		hope: 'Rajada {number}',
		hopes: 'Rajooyinka',
		noHopes: 'Weli lama qorin wax rajo ah.',
		whatMakesItHard: 'Waxa adkeeya',
		workingTowards: 'Waxa aan u shaqeyneyno',
		help: 'Caawimaadda {name} helo',
		alsoInPlan: 'Sidoo kale qorshaha ku jira',
		byDate: 'Ilaa {date}.',
		howWeWillKnow: 'Sida aan ku ogaan doonno:',
		step: 'Tallaabo jidka ah:',
		givenBy: 'Waxaa bixiya:',
		lookedAtAgain: 'Goorta qorshaha dib loo eegi doono',
		reviewOn: 'Qorshaha dib ayaa loo eegi doonaa {date}.',
		noReviewDate: 'Weli lama dejin taariikh qorshaha dib loogu eego.',
		whoToContact: 'Cidda la xiriirayo',
		translatedBy: 'Waxaa turjumay {name}, {date}.',
		noTranslation: 'Weli lama turjumin: dugsiga ka codso turjumaan.',
		timesPer: {
			day: { one: 'hal mar maalintii', other: '{count} jeer maalintii' },
			week: { one: 'hal mar toddobaadkii', other: '{count} jeer toddobaadkii' },
			month: { one: 'hal mar bishii', other: '{count} jeer bishii' },
			term: { one: 'hal mar teermigii', other: '{count} jeer teermigii' },
			year: { one: 'hal mar sannadkii', other: '{count} jeer sannadkii' }
		},
		minutes: { one: '{count} daqiiqo markiiba', other: '{count} daqiiqo markiiba' }
	}
};
