import type { Content } from 'pdfmake/interfaces';
import { headedList, keepTogetherIfShort, sectionHeading } from '../blocks';
import type { Child, ProfileEntry } from '../../plan/document';
import { profileEntry } from '../../plan/profile-entry';
import { saidLabel } from '../../plan/said-label';
import type { PdfContext } from '../context';
import { colours } from '../theme';
import { withRole } from '../tags';

const EMPTY = 'Nothing written here yet.';

/** An entry as printed: its words, then who said them when that is known ("… — Grace said"). */
function entryLine(entry: ProfileEntry, child: Child): string {
	const { text, saidBy } = profileEntry(entry);
	const said = saidLabel({ saidBy }, child);
	return said ? `${text} — ${said}` : text;
}

/**
 * "About me", the one-page profile: what people like and admire about the child, what is important
 * to them, how best to support them and how they communicate.
 */
export function aboutMeSection({ plan, name, pronouns, glossary }: PdfContext): Content[] {
	const profile = plan.profile ?? {};
	const heading = (text: string): Content => withRole('H3', { text, style: 'subheading' });
	const lines = (entries: readonly ProfileEntry[] = []) =>
		entries.map((entry) => glossary.within(entryLine(entry, plan.child)));
	return [
		...sectionHeading('About me', `A one-page profile: who ${name} is, and how best to support ${pronouns.object}.`),
		...headedList(heading('What people like and admire about me'), lines(profile.likeAndAdmire), EMPTY),
		...headedList(heading('What is important to me'), lines(profile.important), EMPTY),
		...headedList(heading('How best to support me'), lines(profile.support), EMPTY),
		...keepTogetherIfShort(
			(plan.child.communication ?? '').length + 100,
			heading('How I communicate'),
			plan.child.communication
				? { text: glossary.within(plan.child.communication), style: 'field', margin: [0, 0, 0, 6] }
				: { text: EMPTY, italics: true, color: colours.muted }
		)
	];
}
