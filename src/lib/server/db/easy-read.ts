import type { Executor } from './executor';

/** Each item's Easy Read words and picture on a plan, with who wrote them and the item's text then. */
export function easyReadTextsOf(db: Executor, planId: string) {
	return db
		.selectFrom('easy_read_text')
		.select(['item_id', 'text', 'picture', 'source_text', 'writer_name', 'written_at', 'revision'])
		.where('plan_id', '=', planId)
		.execute();
}

/** Who checked the plan's Easy Read version with the child, and when; undefined until someone has. */
export function easyReadCheckOf(db: Executor, planId: string) {
	return db
		.selectFrom('easy_read_check')
		.select(['checked_by', 'checked_on', 'recorder_name', 'recorded_at'])
		.where('plan_id', '=', planId)
		.executeTakeFirst();
}

/** Each time the child was shown their plan, the latest first. */
export function planSeenOf(db: Executor, planId: string) {
	return db
		.selectFrom('plan_seen')
		.select(['id', 'version_id', 'seen_on', 'how', 'said', 'recorder_name', 'recorded_at'])
		.where('plan_id', '=', planId)
		.orderBy('seen_on', 'desc')
		.orderBy('recorded_at', 'desc')
		.execute();
}
