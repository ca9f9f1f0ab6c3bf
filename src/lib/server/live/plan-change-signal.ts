/**
 * The one small live-update interface (scale.md): it wakes whoever has a plan open when the plan has
 * changed, on whichever server the change was made. It carries only the plan's id; what changed, and who
 * changed it, is read from the audit log, so a reader that missed a wake-up (a dropped connection) catches
 * up from the last row it saw, and nothing is lost with a process.
 */
export interface PlanChangeSignal {
	/** Tells every listener, on every server, that these plans changed (after the change committed). */
	announce(planIds: readonly string[]): Promise<void>;
	/** Calls `listener` whenever the plan changes, until the answer is called. */
	listen(planId: string, listener: () => void): () => void;
	/** Stops listening to other servers; listeners are left for their streams to end. */
	close(): Promise<void>;
}
