import type { AuditAction } from '../audit-action-labels';

/**
 * The audited actions that change what a plan's readers see: those told live to everyone with the plan
 * open. Views and downloads change nothing, and sign-ins are not about a plan.
 */
export const planChangeActions: ReadonlySet<AuditAction> = new Set<AuditAction>([
	'plan.changed',
	'plan.agreed',
	'plan.archived',
	'suggestion.made',
	'suggestion.accepted',
	'suggestion.declined',
	'review.started',
	'review.changed',
	'review.completed',
	'note.added',
	'note.withdrawn',
	'easy-read.written',
	'easy-read.checked',
	'plan.seen',
	'child.language-changed',
	'item.translation-saved',
	'meeting.started',
	'meeting.changed',
	'meeting.contribution-added',
	'meeting.action-into-plan',
	'meeting.ended',
	'meeting.presence-shown',
	'meeting.presence-hidden',
	'access.granted',
	'access.withdrawn',
	'access.key-worker-changed',
	'invitation.used'
]);
