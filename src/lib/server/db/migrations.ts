import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from '../../../../migrations/2026-11-22-01-foundation';
import * as accounts from '../../../../migrations/2026-11-22-02-accounts';
import * as plans from '../../../../migrations/2026-11-22-03-plans';
import * as reviews from '../../../../migrations/2026-11-22-05-reviews';
import * as planContentRevision from '../../../../migrations/2026-12-03-01-plan-content-revision';
import * as accountRecovery from '../../../../migrations/2026-12-03-02-account-recovery';
import * as childDeletionDate from '../../../../migrations/2026-12-03-03-child-deletion-date';
import * as planItemParentIndex from '../../../../migrations/2026-12-03-04-plan-item-parent-index';
import * as voiceSuggestions from '../../../../migrations/2026-12-03-05-voice-suggestions';
import * as planNotes from '../../../../migrations/2026-12-03-06-plan-notes';
import * as shareOutside from '../../../../migrations/2026-12-03-07-share-outside';
import * as keyWorker from '../../../../migrations/2026-12-04-01-key-worker';
import * as auditPlanChangesIndex from '../../../../migrations/2026-12-05-01-audit-plan-changes-index';
import * as meetings from '../../../../migrations/2026-12-05-02-meetings';
import * as meetingRecommendation from '../../../../migrations/2026-12-05-03-meeting-recommendation';
import * as contributionBecame from '../../../../migrations/2026-12-05-04-contribution-became';
import * as meetingPresence from '../../../../migrations/2026-12-05-05-meeting-presence';
import * as easyRead from '../../../../migrations/2026-12-05-06-easy-read';
import * as familyLanguage from '../../../../migrations/2026-12-05-07-family-language';

/**
 * Every migration, imported so that it is compiled into the built server (which has no `migrations/`
 * folder to read) and also runs under plain tsx (the bench, the backup script). Names sort by date, the
 * order they run in. A unit test fails when a file in `migrations/` is missing from this list.
 */
export const migrations: Record<string, Migration> = {
	'2026-11-22-01-foundation': foundation,
	'2026-11-22-02-accounts': accounts,
	'2026-11-22-03-plans': plans,
	'2026-11-22-05-reviews': reviews,
	'2026-12-03-01-plan-content-revision': planContentRevision,
	'2026-12-03-02-account-recovery': accountRecovery,
	'2026-12-03-03-child-deletion-date': childDeletionDate,
	'2026-12-03-04-plan-item-parent-index': planItemParentIndex,
	'2026-12-03-05-voice-suggestions': voiceSuggestions,
	'2026-12-03-06-plan-notes': planNotes,
	'2026-12-03-07-share-outside': shareOutside,
	'2026-12-04-01-key-worker': keyWorker,
	'2026-12-05-01-audit-plan-changes-index': auditPlanChangesIndex,
	'2026-12-05-02-meetings': meetings,
	'2026-12-05-03-meeting-recommendation': meetingRecommendation,
	'2026-12-05-04-contribution-became': contributionBecame,
	'2026-12-05-05-meeting-presence': meetingPresence,
	'2026-12-05-06-easy-read': easyRead,
	'2026-12-05-07-family-language': familyLanguage
};

export const migrationProvider: MigrationProvider = {
	async getMigrations() {
		return migrations;
	}
};
