import type { LanguageFile } from './wording';

/** Romanian. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const ro: LanguageFile = {
	code: 'ro',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Rezumatul planului lui {name}, pentru familie',
		translationNotice: 'Aceasta este o traducere. Planul în limba engleză este cel care contează.',
		notChecked: 'Această traducere nu a fost încă verificată de un vorbitor fluent.',
		made: 'Întocmit la {date}.',
		page: 'Pagina {page} din {pages}',
		aboutChild: 'Despre {name}',
		inOwnWords: 'În cuvintele lui {name}',
		hope: 'Dorința {number}',
		hopes: 'Dorințe',
		noHopes: 'Nu a fost scrisă încă nicio dorință.',
		whatMakesItHard: 'Ce face lucrul acesta greu',
		workingTowards: 'Spre ce lucrăm',
		help: 'Ajutorul pe care îl primește {name}',
		alsoInPlan: 'De asemenea în plan',
		byDate: 'Până la {date}.',
		howWeWillKnow: 'Cum vom ști:',
		step: 'Un pas pe drum:',
		givenBy: 'Oferit de:',
		lookedAtAgain: 'Când va fi revizuit planul',
		reviewOn: 'Planul va fi revizuit la {date}.',
		noReviewDate: 'Nu s-a stabilit încă o dată pentru revizuirea planului.',
		whoToContact: 'Pe cine să contactați',
		translatedBy: 'Tradus de {name} la {date}.',
		noTranslation: 'Încă netradus: cereți școlii un interpret.',
		timesPer: {
			day: { one: 'o dată pe zi', few: 'de {count} ori pe zi', other: 'de {count} de ori pe zi' },
			week: { one: 'o dată pe săptămână', few: 'de {count} ori pe săptămână', other: 'de {count} de ori pe săptămână' },
			month: { one: 'o dată pe lună', few: 'de {count} ori pe lună', other: 'de {count} de ori pe lună' },
			term: { one: 'o dată pe trimestru', few: 'de {count} ori pe trimestru', other: 'de {count} de ori pe trimestru' },
			year: { one: 'o dată pe an', few: 'de {count} ori pe an', other: 'de {count} de ori pe an' }
		},
		minutes: {
			one: '{count} minut de fiecare dată',
			few: '{count} minute de fiecare dată',
			other: '{count} de minute de fiecare dată'
		}
	}
};
