// Serves the built app on a brand-new database file: the end-to-end suite's server.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const path = process.env.DATABASE_PATH;
if (!path) throw new Error('serve-fresh needs DATABASE_PATH');
for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
await import(pathToFileURL(resolve(root, 'build/index.js')).href);
