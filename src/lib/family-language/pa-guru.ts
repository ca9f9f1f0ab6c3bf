import type { LanguageFile } from './wording';

/** Punjabi in Gurmukhi. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const paGuru: LanguageFile = {
	code: 'pa-Guru',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'ਪਰਿਵਾਰ ਲਈ {name} ਦੀ ਯੋਜਨਾ ਦਾ ਸਾਰ',
		translationNotice: 'ਇਹ ਇੱਕ ਅਨੁਵਾਦ ਹੈ। ਅੰਗਰੇਜ਼ੀ ਯੋਜਨਾ ਹੀ ਮੰਨਣਯੋਗ ਹੈ।',
		notChecked: 'ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਕਿਸੇ ਰਵਾਨੀ ਨਾਲ ਬੋਲਣ ਵਾਲੇ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।',
		made: '{date} ਨੂੰ ਬਣਾਇਆ ਗਿਆ।',
		page: 'ਸਫ਼ਾ {page} / {pages}',
		aboutChild: '{name} ਬਾਰੇ',
		inOwnWords: '{name} ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ',
		hope: 'ਇੱਛਾ {number}',
		hopes: 'ਇੱਛਾਵਾਂ',
		noHopes: 'ਅਜੇ ਕੋਈ ਇੱਛਾ ਨਹੀਂ ਲਿਖੀ ਗਈ।',
		whatMakesItHard: 'ਇਸਨੂੰ ਕੀ ਔਖਾ ਬਣਾਉਂਦਾ ਹੈ',
		workingTowards: 'ਅਸੀਂ ਕਿਸ ਵੱਲ ਕੰਮ ਕਰ ਰਹੇ ਹਾਂ',
		help: '{name} ਨੂੰ ਮਿਲਣ ਵਾਲੀ ਮਦਦ',
		alsoInPlan: 'ਯੋਜਨਾ ਵਿੱਚ ਇਹ ਵੀ',
		byDate: '{date} ਤੱਕ।',
		howWeWillKnow: 'ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ:',
		step: 'ਰਾਹ ਦਾ ਇੱਕ ਕਦਮ:',
		givenBy: 'ਮਦਦ ਦੇਣ ਵਾਲੇ:',
		lookedAtAgain: 'ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਕਦੋਂ ਦੇਖਿਆ ਜਾਵੇਗਾ',
		reviewOn: 'ਯੋਜਨਾ ਨੂੰ {date} ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਿਆ ਜਾਵੇਗਾ।',
		noReviewDate: 'ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣ ਦੀ ਤਾਰੀਖ਼ ਅਜੇ ਤੈਅ ਨਹੀਂ ਹੋਈ।',
		whoToContact: 'ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ',
		translatedBy: '{name} ਨੇ {date} ਨੂੰ ਅਨੁਵਾਦ ਕੀਤਾ।',
		noTranslation: 'ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ: ਸਕੂਲ ਤੋਂ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮੰਗ ਕਰੋ।',
		timesPer: {
			day: { one: 'ਦਿਨ ਵਿੱਚ ਇੱਕ ਵਾਰ', other: 'ਦਿਨ ਵਿੱਚ {count} ਵਾਰ' },
			week: { one: 'ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ', other: 'ਹਫ਼ਤੇ ਵਿੱਚ {count} ਵਾਰ' },
			month: { one: 'ਮਹੀਨੇ ਵਿੱਚ ਇੱਕ ਵਾਰ', other: 'ਮਹੀਨੇ ਵਿੱਚ {count} ਵਾਰ' },
			term: { one: 'ਟਰਮ ਵਿੱਚ ਇੱਕ ਵਾਰ', other: 'ਟਰਮ ਵਿੱਚ {count} ਵਾਰ' },
			year: { one: 'ਸਾਲ ਵਿੱਚ ਇੱਕ ਵਾਰ', other: 'ਸਾਲ ਵਿੱਚ {count} ਵਾਰ' }
		},
		minutes: { one: 'ਹਰ ਵਾਰ {count} ਮਿੰਟ', other: 'ਹਰ ਵਾਰ {count} ਮਿੰਟ' }
	}
};
