import { formatUkDate, type IsoDate } from '../../dates';
import { seenSentence } from '../../easy-read/seen-how';
import type { ChildPronouns } from '../../plan/pronouns';
import { easyReadCheckOf, planSeenOf } from '../db/easy-read';
import type { Executor } from '../db/executor';

/**
 * What the plan's history and its reviews say of its Easy Read version: who checked it with the child, and
 * each time the child saw the plan (latest first), said in a sentence; `versionId` keeps only the times
 * they saw that version (a review's: those since the last review).
 */
export async function easyReadHistory(db: Executor, planId: string, pronouns: ChildPronouns, versionId?: string) {
	const [check, seen] = await Promise.all([easyReadCheckOf(db, planId), planSeenOf(db, planId)]);
	return {
		check: check ? { checkedBy: check.checked_by, checkedOn: formatUkDate(check.checked_on as IsoDate) } : null,
		seen: seen
			.filter((row) => versionId === undefined || row.version_id === versionId)
			.map((row) => ({ id: row.id, sentence: seenSentence(pronouns, row), recordedBy: row.recorder_name }))
	};
}
