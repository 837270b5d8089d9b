/**
 * npm run bench:smoke — CI keeps the benchmark code working: the generator at 1,000 tasks on a
 * fresh embedded database (or on TEST_DATABASE_URL, in a database of its own), then a quick
 * in-process pass (EXPLAIN, concurrent updates, lost-update check, a 200-row task import).
 * No timing assertions; exit code 0 when it ran, no update was lost and the import wrote its rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

async function main() {
  const env = { ...process.env };
  let cleanup = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    const name = `bench_smoke_${process.pid}`;
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
    env.PGLITE_DIR = path.join(dir, 'pglite');
    delete env.DATABASE_URL;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const tsx = ['--conditions=react-server'];
  try {
    execFileSync('npx', ['tsx', ...tsx, 'bench/generate.ts', '--tasks', '1000', '--seed', '1'], {
      env,
      stdio: 'inherit',
    });
    execFileSync('npx', ['tsx', ...tsx, 'bench/run.ts', '--quick', '--runs', '1', '--import-rows', '200'], {
      env,
      stdio: 'inherit',
    });
    const { readFileSync } = await import('node:fs');
    const figures = JSON.parse(readFileSync('bench/last-run.json', 'utf8')) as {
      name: string;
      lostUpdates?: number;
      ok?: number;
      tasksWritten?: number;
    }[];
    const updates = figures.find((f) => f.name === 'concurrent progress updates');
    if (!updates?.ok || updates.lostUpdates !== 0)
      throw new Error(`bench:smoke: updates ${JSON.stringify(updates)}`);
    // bench/import.ts already throws unless every row was accepted and written; this checks it ran.
    const imported = figures.find((f) => f.name.startsWith('task import 200 new rows'));
    const extended = figures.find((f) => f.name.startsWith('task import 200 due-date changes'));
    if (imported?.tasksWritten !== 200 || !extended)
      throw new Error(`bench:smoke: import ${JSON.stringify(imported)} ${JSON.stringify(extended)}`);
    console.log(
      `bench:smoke: ${figures.length} figures, ${updates.ok} updates, none lost, ${imported.tasksWritten} tasks imported`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
