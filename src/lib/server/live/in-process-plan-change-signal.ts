import { ListenersByPlan } from './listeners-by-plan';
import type { PlanChangeSignal } from './plan-change-signal';

/**
 * On SQLite one process serves the install (scale.md), so a change is told within it. Listeners are woken
 * on the next turn of the event loop, after the request that made the change has had its answer.
 */
export function inProcessPlanChangeSignal(): PlanChangeSignal {
	const listeners = new ListenersByPlan();
	return {
		async announce(planIds) {
			setImmediate(() => planIds.forEach((planId) => listeners.wake(planId)));
		},
		listen: (planId, listener) => listeners.add(planId, listener),
		async close() {}
	};
}
