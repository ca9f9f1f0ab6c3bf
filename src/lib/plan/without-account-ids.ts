import type { PlanDocument, ProfileEntry, SaidBy } from './document';

const bare = ({ accountId: _accountId, ...saidBy }: SaidBy): SaidBy => saidBy;

const bareEntry = (entry: ProfileEntry): ProfileEntry =>
	typeof entry === 'string' || !entry.saidBy ? entry : { ...entry, saidBy: bare(entry.saidBy) };

/**
 * The plan with no account ids in who said its words. A file brought in from elsewhere names people,
 * never this app's accounts: an id in it could give someone else's account the say over those words.
 */
export function withoutAccountIds(document: PlanDocument): PlanDocument {
	const profile = document.profile;
	return {
		...document,
		...(profile
			? {
					profile: Object.fromEntries(
						Object.entries(profile).map(([list, entries]) => [list, entries.map(bareEntry)])
					) as PlanDocument['profile']
				}
			: {}),
		aspirations: document.aspirations.map((aspiration) =>
			aspiration.saidBy ? { ...aspiration, saidBy: bare(aspiration.saidBy) } : aspiration
		)
	};
}
