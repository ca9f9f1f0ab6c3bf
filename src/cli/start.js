// `npm start`: build if needed, then serve. Migrations run as the server starts (hooks.server.ts).
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuild } from './ensure-build.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
ensureBuild();

process.env.PORT ||= '3000';
const host = process.env.HOST || 'localhost';
// adapter-node assumes HTTPS unless told the origin; form posts would be refused without it.
process.env.ORIGIN ||= `http://${host === '0.0.0.0' ? 'localhost' : host}:${process.env.PORT}`;

try {
	await import(pathToFileURL(resolve(root, 'build/index.js')).href);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
