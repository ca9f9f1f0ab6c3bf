import type { LanguageFile } from './wording';

/** Polish. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const pl: LanguageFile = {
	code: 'pl',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Podsumowanie planu dla rodziny: {name}',
		translationNotice: 'To jest tłumaczenie. Obowiązuje plan w języku angielskim.',
		notChecked: 'To tłumaczenie nie zostało jeszcze sprawdzone przez osobę biegle władającą językiem.',
		made: 'Sporządzono {date}.',
		page: 'Strona {page} z {pages}',
		aboutChild: 'O dziecku: {name}',
		inOwnWords: 'Własnymi słowami: {name}',
		hope: 'Marzenie {number}',
		hopes: 'Marzenia',
		noHopes: 'Nie zapisano jeszcze żadnych marzeń.',
		whatMakesItHard: 'Co to utrudnia',
		workingTowards: 'Do czego dążymy',
		help: 'Pomoc, którą otrzymuje {name}',
		alsoInPlan: 'Również w planie',
		byDate: 'Do {date}.',
		howWeWillKnow: 'Jak się dowiemy:',
		step: 'Krok po drodze:',
		givenBy: 'Kto pomaga:',
		lookedAtAgain: 'Kiedy plan zostanie ponownie omówiony',
		reviewOn: 'Plan zostanie ponownie omówiony {date}.',
		noReviewDate: 'Nie ustalono jeszcze daty ponownego omówienia planu.',
		whoToContact: 'Z kim się kontaktować',
		translatedBy: 'Przetłumaczył(a) {name}, {date}.',
		noTranslation: 'Jeszcze nie przetłumaczono: poproś szkołę o tłumacza.',
		timesPer: {
			day: {
				one: 'raz dziennie',
				few: '{count} razy dziennie',
				many: '{count} razy dziennie',
				other: '{count} razy dziennie'
			},
			week: {
				one: 'raz w tygodniu',
				few: '{count} razy w tygodniu',
				many: '{count} razy w tygodniu',
				other: '{count} razy w tygodniu'
			},
			month: {
				one: 'raz w miesiącu',
				few: '{count} razy w miesiącu',
				many: '{count} razy w miesiącu',
				other: '{count} razy w miesiącu'
			},
			term: {
				one: 'raz w semestrze',
				few: '{count} razy w semestrze',
				many: '{count} razy w semestrze',
				other: '{count} razy w semestrze'
			},
			year: { one: 'raz w roku', few: '{count} razy w roku', many: '{count} razy w roku', other: '{count} razy w roku' }
		},
		minutes: {
			one: '{count} minuta za każdym razem',
			few: '{count} minuty za każdym razem',
			many: '{count} minut za każdym razem',
			other: '{count} minuty za każdym razem'
		}
	}
};
