/**
 * Gathers what is asked of one database in one turn of the event loop, and hands it to `work` together
 * at the turn's end: many requests arriving at once then cost one statement, not one each. `work` settles
 * each item itself (items carry their own resolve and reject).
 */
export function sameTurnBatches<Db extends object, Item>(
	work: (db: Db, items: Item[]) => Promise<void>
): (db: Db, item: Item) => void {
	const waiting = new WeakMap<Db, Item[]>();
	return (db, item) => {
		const items = waiting.get(db);
		if (items) {
			items.push(item);
			return;
		}
		const batch = [item];
		waiting.set(db, batch);
		setImmediate(() => {
			waiting.delete(db);
			void work(db, batch);
		});
	};
}
