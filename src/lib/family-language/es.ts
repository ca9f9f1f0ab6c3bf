import type { LanguageFile } from './wording';

/** Spanish. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const es: LanguageFile = {
	code: 'es',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Resumen del plan de {name} para la familia',
		translationNotice: 'Esta es una traducción. El plan en inglés es el que cuenta.',
		notChecked: 'Esta traducción aún no ha sido revisada por un hablante nativo.',
		made: 'Hecho el {date}.',
		page: 'Página {page} de {pages}',
		aboutChild: 'Sobre {name}',
		inOwnWords: 'En palabras de {name}',
		hope: 'Deseo {number}',
		hopes: 'Deseos',
		noHopes: 'Todavía no se ha escrito ningún deseo.',
		whatMakesItHard: 'Lo que lo hace difícil',
		workingTowards: 'Hacia dónde trabajamos',
		help: 'La ayuda que recibe {name}',
		alsoInPlan: 'También en el plan',
		byDate: 'Para el {date}.',
		howWeWillKnow: 'Cómo lo sabremos:',
		step: 'Un paso en el camino:',
		givenBy: 'La da:',
		lookedAtAgain: 'Cuándo se revisará el plan',
		reviewOn: 'El plan se revisará el {date}.',
		noReviewDate: 'Todavía no hay fecha para revisar el plan.',
		whoToContact: 'Con quién contactar',
		translatedBy: 'Traducido por {name} el {date}.',
		noTranslation: 'Aún sin traducir: pida un intérprete al colegio.',
		timesPer: {
			day: { one: 'una vez al día', many: '{count} de veces al día', other: '{count} veces al día' },
			week: { one: 'una vez a la semana', many: '{count} de veces a la semana', other: '{count} veces a la semana' },
			month: { one: 'una vez al mes', many: '{count} de veces al mes', other: '{count} veces al mes' },
			term: {
				one: 'una vez por trimestre',
				many: '{count} de veces por trimestre',
				other: '{count} veces por trimestre'
			},
			year: { one: 'una vez al año', many: '{count} de veces al año', other: '{count} veces al año' }
		},
		minutes: { one: '{count} minuto cada vez', many: '{count} de minutos cada vez', other: '{count} minutos cada vez' }
	}
};
