import type { Voice } from './document';

/** The voices the family may write in: the child's own, and a parent's or carer's. */
export const familyVoices: readonly Voice[] = ['child', 'parent-carer'];

/** The order voices are shown in: the child's first, then the family's, then professionals'. */
export const voiceOrder: readonly Voice[] = ['child', 'parent-carer', 'professional'];
