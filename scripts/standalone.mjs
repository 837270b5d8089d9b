/**
 * Completes Next's standalone output (`output: 'standalone'` in next.config.mjs) into the
 * production artifact: `.next/standalone` then runs alone, copied anywhere, with
 *   node scripts/serve.cjs
 * (the container's command; scripts/start.ts runs the same). Tracing already carries the server's
 * node_modules files (PGlite's wasm included) and db/migrations; this adds what it cannot see:
 * the static files, the server's entry with its wrappers and the files the server reads by path.
 * Run by `npm run build` after `next build`.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.next', 'standalone');

/** Source (from the repository root) → place in the artifact. */
const copies = [
  ['.next/static', '.next/static'],
  ['public', 'public'],
  ['db/migrations', 'db/migrations'],
  ['lib/auth/common-passwords.txt', 'lib/auth/common-passwords.txt'],
  // the demo PDFs' font, read by path (lib/documents/pdf-writer.ts)
  ['node_modules/@expo-google-fonts/be-vietnam-pro', 'node_modules/@expo-google-fonts/be-vietnam-pro'],
  // the entry and the wrappers it loads before Next's server.js
  ...['serve', 'cluster', 'forwarded-for', 'graceful-shutdown', 'metrics', 'request-id'].map((name) => [
    `scripts/${name}.cjs`,
    `scripts/${name}.cjs`,
  ]),
];

if (!existsSync(path.join(out, 'server.js'))) {
  console.error('No .next/standalone/server.js: run `next build` first (output: standalone).');
  process.exit(1);
}
for (const [from, to] of copies) {
  const source = path.join(root, from);
  if (!existsSync(source)) continue;
  const target = path.join(out, to);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}
// Whatever an earlier run left in the artifact's own data folder is not part of it.
rmSync(path.join(out, '.data'), { recursive: true, force: true });
// Which build this artifact completes: scripts/start.ts completes it again after a new `next build`.
writeFileSync(path.join(out, '.assembled'), readFileSync(path.join(root, '.next', 'BUILD_ID')));
console.log(`standalone artifact ready: ${path.relative(root, out)}`);
