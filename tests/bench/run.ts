// `npm run bench`: every suite in one run, one table. `npm run bench -- --quick` for a shorter run;
// `npm run bench -- --only=patches` for the suites whose title holds that word (here: PDF patches).
import type { BenchRow, BenchSuite } from './row';
import auth from './auth';
import builder from './builder';
import core from './core';
import wording from './wording';
import fuzz from './fuzz';
import interchange from './interchange';
import laScale from './la-scale';
import live from './live';
import pdf from './pdf';
import pdfPatches from './pdf-patches';
import planPage from './plan-page';
import postgres from './postgres';
import postgresCrash from './postgres-crash';
import skeleton from './skeleton';

const suites: BenchSuite[] = [
	skeleton,
	core,
	wording,
	auth,
	builder,
	planPage,
	pdf,
	pdfPatches,
	interchange,
	fuzz,
	laScale,
	postgres,
	postgresCrash,
	live
];
const long = !process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const rows: Array<BenchRow & { suite: string }> = [];
for (const suite of suites) {
	if (only && !suite.title.toLowerCase().includes(only.toLowerCase())) continue;
	console.error(`Running: ${suite.title}…`);
	for (const row of await suite.run({ long })) rows.push({ suite: suite.title, ...row });
}

const table = rows.map((row) => ({
	suite: row.suite,
	measure: row.name,
	measured: row.measured,
	target: row.target ?? '',
	verdict: row.met === undefined ? '' : row.met ? 'met' : 'MISSED'
}));
console.table(table);
process.exit(rows.some((row) => row.met === false) ? 1 : 0);
