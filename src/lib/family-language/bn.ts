import type { LanguageFile } from './wording';

/** Bengali. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const bn: LanguageFile = {
	code: 'bn',
	direction: 'ltr',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'পরিবারের জন্য {name}-এর পরিকল্পনার সারাংশ',
		translationNotice: 'এটি একটি অনুবাদ। ইংরেজি পরিকল্পনাটিই গণ্য হবে।',
		notChecked: 'এই অনুবাদটি এখনও কোনো সাবলীল ভাষাভাষী যাচাই করেননি।',
		made: '{date} তারিখে তৈরি।',
		page: 'পৃষ্ঠা {page} / {pages}',
		aboutChild: '{name}-এর সম্পর্কে',
		inOwnWords: '{name}-এর নিজের কথায়',
		hope: 'ইচ্ছা {number}',
		hopes: 'ইচ্ছাগুলি',
		noHopes: 'এখনও কোনো ইচ্ছা লেখা হয়নি।',
		whatMakesItHard: 'কী এটিকে কঠিন করে',
		workingTowards: 'আমরা কীসের দিকে কাজ করছি',
		help: '{name} যে সাহায্য পায়',
		alsoInPlan: 'পরিকল্পনায় আরও আছে',
		byDate: '{date}-এর মধ্যে।',
		howWeWillKnow: 'আমরা কীভাবে জানব:',
		step: 'পথের একটি ধাপ:',
		givenBy: 'সাহায্য করেন:',
		lookedAtAgain: 'পরিকল্পনাটি আবার কবে দেখা হবে',
		reviewOn: 'পরিকল্পনাটি আবার {date} তারিখে দেখা হবে।',
		noReviewDate: 'পরিকল্পনাটি আবার দেখার তারিখ এখনও ঠিক হয়নি।',
		whoToContact: 'কার সাথে যোগাযোগ করবেন',
		translatedBy: '{name} {date} তারিখে অনুবাদ করেছেন।',
		noTranslation: 'এখনও অনুবাদ হয়নি: স্কুলের কাছে একজন দোভাষী চান।',
		timesPer: {
			day: { one: 'দিনে একবার', other: 'দিনে {count} বার' },
			week: { one: 'সপ্তাহে একবার', other: 'সপ্তাহে {count} বার' },
			month: { one: 'মাসে একবার', other: 'মাসে {count} বার' },
			term: { one: 'টার্মে একবার', other: 'টার্মে {count} বার' },
			year: { one: 'বছরে একবার', other: 'বছরে {count} বার' }
		},
		minutes: { one: 'প্রতিবার {count} মিনিট', other: 'প্রতিবার {count} মিনিট' }
	}
};
