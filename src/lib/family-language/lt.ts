import type { LanguageFile } from './wording';

/** Lithuanian. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const lt: LanguageFile = {
	code: 'lt',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Plano santrauka šeimai: {name}',
		translationNotice: 'Tai vertimas. Galioja planas anglų kalba.',
		notChecked: 'Šio vertimo dar nepatikrino laisvai kalbantis žmogus.',
		made: 'Parengta {date}.',
		page: '{page} psl. iš {pages}',
		aboutChild: 'Apie vaiką: {name}',
		inOwnWords: 'Savais žodžiais: {name}',
		hope: 'Svajonė {number}',
		hopes: 'Svajonės',
		noHopes: 'Dar neužrašyta jokių svajonių.',
		whatMakesItHard: 'Kas tai apsunkina',
		workingTowards: 'Ko siekiame',
		help: 'Pagalba, kurią gauna {name}',
		alsoInPlan: 'Taip pat plane',
		byDate: 'Iki {date}.',
		howWeWillKnow: 'Kaip sužinosime:',
		step: 'Žingsnis kelyje:',
		givenBy: 'Padeda:',
		lookedAtAgain: 'Kada planas bus peržiūrėtas',
		reviewOn: 'Planas bus peržiūrėtas {date}.',
		noReviewDate: 'Plano peržiūros data dar nenustatyta.',
		whoToContact: 'Į ką kreiptis',
		translatedBy: 'Išvertė {name}, {date}.',
		noTranslation: 'Dar neišversta: paprašykite mokyklos vertėjo.',
		timesPer: {
			day: {
				one: '{count} kartą per dieną',
				few: '{count} kartus per dieną',
				many: '{count} karto per dieną',
				other: '{count} kartų per dieną'
			},
			week: {
				one: '{count} kartą per savaitę',
				few: '{count} kartus per savaitę',
				many: '{count} karto per savaitę',
				other: '{count} kartų per savaitę'
			},
			month: {
				one: '{count} kartą per mėnesį',
				few: '{count} kartus per mėnesį',
				many: '{count} karto per mėnesį',
				other: '{count} kartų per mėnesį'
			},
			term: {
				one: '{count} kartą per trimestrą',
				few: '{count} kartus per trimestrą',
				many: '{count} karto per trimestrą',
				other: '{count} kartų per trimestrą'
			},
			year: {
				one: '{count} kartą per metus',
				few: '{count} kartus per metus',
				many: '{count} karto per metus',
				other: '{count} kartų per metus'
			}
		},
		minutes: {
			one: '{count} minutė kiekvieną kartą',
			few: '{count} minutės kiekvieną kartą',
			many: '{count} minutės kiekvieną kartą',
			other: '{count} minučių kiekvieną kartą'
		}
	}
};
