import type { LanguageFile } from './wording';

/** Arabic. Written by the team, not by a fluent speaker: to be checked before use (README). */
export const ar: LanguageFile = {
	code: 'ar',
	direction: 'rtl',
	checkedBy: null,
	checkedOn: null,
	words: {
		title: 'ملخص خطة {name} للعائلة',
		translationNotice: 'هذه ترجمة. الخطة باللغة الإنجليزية هي المعتمدة.',
		notChecked: 'لم يراجع هذه الترجمة بعد متحدث يتقن اللغة.',
		made: 'أُعدّ في {date}.',
		page: 'الصفحة {page} من {pages}',
		aboutChild: 'عن {name}',
		inOwnWords: 'بكلمات {name}',
		hope: 'الأمنية {number}',
		hopes: 'الأمنيات',
		noHopes: 'لم تُكتب أي أمنيات بعد.',
		whatMakesItHard: 'ما الذي يجعل ذلك صعبًا',
		workingTowards: 'ما نعمل من أجله',
		help: 'المساعدة التي يحصل عليها {name}',
		alsoInPlan: 'أيضًا في الخطة',
		byDate: 'بحلول {date}.',
		howWeWillKnow: 'كيف سنعرف:',
		step: 'خطوة على الطريق:',
		givenBy: 'يقدّمها:',
		lookedAtAgain: 'متى ستُراجع الخطة مرة أخرى',
		reviewOn: 'ستُراجع الخطة مرة أخرى في {date}.',
		noReviewDate: 'لم يُحدَّد بعد موعد لمراجعة الخطة مرة أخرى.',
		whoToContact: 'بمن تتصل',
		translatedBy: 'ترجمه {name} في {date}.',
		noTranslation: 'لم يُترجم بعد: اطلب من المدرسة مترجمًا.',
		timesPer: {
			day: {
				zero: '{count} مرة في اليوم',
				one: 'مرة واحدة في اليوم',
				two: 'مرتين في اليوم',
				few: '{count} مرات في اليوم',
				many: '{count} مرة في اليوم',
				other: '{count} مرة في اليوم'
			},
			week: {
				zero: '{count} مرة في الأسبوع',
				one: 'مرة واحدة في الأسبوع',
				two: 'مرتين في الأسبوع',
				few: '{count} مرات في الأسبوع',
				many: '{count} مرة في الأسبوع',
				other: '{count} مرة في الأسبوع'
			},
			month: {
				zero: '{count} مرة في الشهر',
				one: 'مرة واحدة في الشهر',
				two: 'مرتين في الشهر',
				few: '{count} مرات في الشهر',
				many: '{count} مرة في الشهر',
				other: '{count} مرة في الشهر'
			},
			term: {
				zero: '{count} مرة في الفصل الدراسي',
				one: 'مرة واحدة في الفصل الدراسي',
				two: 'مرتين في الفصل الدراسي',
				few: '{count} مرات في الفصل الدراسي',
				many: '{count} مرة في الفصل الدراسي',
				other: '{count} مرة في الفصل الدراسي'
			},
			year: {
				zero: '{count} مرة في السنة',
				one: 'مرة واحدة في السنة',
				two: 'مرتين في السنة',
				few: '{count} مرات في السنة',
				many: '{count} مرة في السنة',
				other: '{count} مرة في السنة'
			}
		},
		minutes: {
			zero: '{count} دقيقة في كل مرة',
			one: 'دقيقة واحدة في كل مرة',
			two: 'دقيقتان في كل مرة',
			few: '{count} دقائق في كل مرة',
			many: '{count} دقيقة في كل مرة',
			other: '{count} دقيقة في كل مرة'
		}
	}
};
