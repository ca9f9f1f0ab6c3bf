import type { LanguageFile } from './wording';

/** Portuguese. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const pt: LanguageFile = {
	code: 'pt',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'Resumo do plano de {name} para a família',
		translationNotice: 'Esta é uma tradução. O plano em inglês é o que conta.',
		notChecked: 'Esta tradução ainda não foi verificada por um falante fluente.',
		made: 'Feito em {date}.',
		page: 'Página {page} de {pages}',
		aboutChild: 'Sobre {name}',
		inOwnWords: 'Nas palavras de {name}',
		hope: 'Desejo {number}',
		hopes: 'Desejos',
		noHopes: 'Ainda não foi escrito nenhum desejo.',
		whatMakesItHard: 'O que torna isto difícil',
		workingTowards: 'Aquilo para que trabalhamos',
		help: 'A ajuda que {name} recebe',
		alsoInPlan: 'Também no plano',
		byDate: 'Até {date}.',
		howWeWillKnow: 'Como vamos saber:',
		step: 'Um passo no caminho:',
		givenBy: 'Dada por:',
		lookedAtAgain: 'Quando o plano será revisto',
		reviewOn: 'O plano será revisto em {date}.',
		noReviewDate: 'Ainda não foi marcada uma data para rever o plano.',
		whoToContact: 'Quem contactar',
		translatedBy: 'Traduzido por {name} em {date}.',
		noTranslation: 'Ainda não traduzido: peça um intérprete à escola.',
		timesPer: {
			day: { one: 'uma vez por dia', many: '{count} de vezes por dia', other: '{count} vezes por dia' },
			week: { one: 'uma vez por semana', many: '{count} de vezes por semana', other: '{count} vezes por semana' },
			month: { one: 'uma vez por mês', many: '{count} de vezes por mês', other: '{count} vezes por mês' },
			term: { one: 'uma vez por período', many: '{count} de vezes por período', other: '{count} vezes por período' },
			year: { one: 'uma vez por ano', many: '{count} de vezes por ano', other: '{count} vezes por ano' }
		},
		minutes: {
			one: '{count} minuto de cada vez',
			many: '{count} de minutos de cada vez',
			other: '{count} minutos de cada vez'
		}
	}
};
