import type { LanguageFile } from './wording';

/** Urdu. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const ur: LanguageFile = {
	code: 'ur',
	direction: 'rtl',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'خاندان کے لیے {name} کے منصوبے کا خلاصہ',
		translationNotice: 'یہ ایک ترجمہ ہے۔ انگریزی منصوبہ ہی معتبر ہے۔',
		notChecked: 'اس ترجمے کی ابھی کسی روانی سے بولنے والے نے جانچ نہیں کی۔',
		made: '{date} کو تیار کیا گیا۔',
		page: 'صفحہ {page} از {pages}',
		aboutChild: '{name} کے بارے میں',
		inOwnWords: '{name} کے اپنے الفاظ میں',
		hope: 'خواہش {number}',
		hopes: 'خواہشات',
		noHopes: 'ابھی کوئی خواہش لکھی نہیں گئی۔',
		whatMakesItHard: 'کیا چیز اسے مشکل بناتی ہے',
		workingTowards: 'ہم کس مقصد کے لیے کام کر رہے ہیں',
		help: '{name} کو ملنے والی مدد',
		alsoInPlan: 'منصوبے میں یہ بھی ہے',
		byDate: '{date} تک۔',
		howWeWillKnow: 'ہمیں کیسے پتا چلے گا:',
		step: 'راستے کا ایک قدم:',
		givenBy: 'مدد دینے والے:',
		lookedAtAgain: 'منصوبے کا دوبارہ جائزہ کب ہوگا',
		reviewOn: 'منصوبے کا دوبارہ جائزہ {date} کو ہوگا۔',
		noReviewDate: 'منصوبے کے دوبارہ جائزے کی تاریخ ابھی طے نہیں ہوئی۔',
		whoToContact: 'کس سے رابطہ کریں',
		translatedBy: '{name} نے {date} کو ترجمہ کیا۔',
		noTranslation: 'ابھی ترجمہ نہیں ہوا: اسکول سے مترجم کے لیے کہیں۔',
		timesPer: {
			day: { one: 'دن میں ایک بار', other: 'دن میں {count} بار' },
			week: { one: 'ہفتے میں ایک بار', other: 'ہفتے میں {count} بار' },
			month: { one: 'مہینے میں ایک بار', other: 'مہینے میں {count} بار' },
			term: { one: 'ٹرم میں ایک بار', other: 'ٹرم میں {count} بار' },
			year: { one: 'سال میں ایک بار', other: 'سال میں {count} بار' }
		},
		minutes: { one: 'ہر بار {count} منٹ', other: 'ہر بار {count} منٹ' }
	}
};
