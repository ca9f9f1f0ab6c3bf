/** One line of the bench table: what was measured, the figure, and the target it answers to. */
export interface BenchRow {
	name: string;
	measured: string;
	target?: string;
	/** Whether the target was met; left out when a row has no target. */
	met?: boolean;
}

/** A bench module: `npm run bench` runs every suite in turn and prints one table. */
export interface BenchSuite {
	title: string;
	run(options: { long: boolean }): Promise<BenchRow[]>;
}
