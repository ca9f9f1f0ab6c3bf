/**
 * Whose views a note between reviews holds: the writer's own, or the child's, written down by the
 * writer with them (the child takes part through their family: Children and Families Act 2014 s19).
 */
export const noteVoices = ['writer', 'child'] as const;
export type NoteVoice = (typeof noteVoices)[number];

/** Who a note's views are from, as the page and the review show it: "Grace", or "Sarah, with Grace". */
export function noteSpeaker(voice: NoteVoice, writerName: string, childName: string): string {
	return voice === 'child' ? `${childName}, with ${writerName}` : writerName;
}
