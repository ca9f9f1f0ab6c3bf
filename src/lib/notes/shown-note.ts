/** A note as the notes page, the review and its PDF show it: whose views, the day it was written, its two parts. */
export interface ShownNote {
	id: string;
	speaker: string;
	date: string;
	working: string | null;
	notWorking: string | null;
	/** Whether the person reading may withdraw it: they wrote it, and no review has gathered it. */
	mayWithdraw: boolean;
}
