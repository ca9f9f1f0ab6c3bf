/** The listeners of each plan in this process, which every kind of signal keeps alike. */
export class ListenersByPlan {
	readonly #byPlan = new Map<string, Set<() => void>>();

	add(planId: string, listener: () => void): () => void {
		const listeners = this.#byPlan.get(planId) ?? new Set();
		listeners.add(listener);
		this.#byPlan.set(planId, listeners);
		return () => {
			listeners.delete(listener);
			if (listeners.size === 0 && this.#byPlan.get(planId) === listeners) this.#byPlan.delete(planId);
		};
	}

	/** Wakes the plan's listeners; one that throws does not stop the others. */
	wake(planId: string): void {
		for (const listener of this.#byPlan.get(planId) ?? []) {
			try {
				listener();
			} catch (error) {
				console.error('A live listener failed', error);
			}
		}
	}

	/** Wakes every listener: after a gap in which wake-ups may have been missed. */
	wakeAll(): void {
		for (const planId of this.#byPlan.keys()) this.wake(planId);
	}
}
