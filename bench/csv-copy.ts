/**
 * Issue 20, targets 4 and 5: the CSV exports written by PostgreSQL (COPY) against
 * `COPY (the same query) TO STDOUT`, in the same run, taking turns so that the machine's load
 * weighs on both alike; the server's peak memory during each export.
 */

import type { SQL } from 'drizzle-orm';
import { to as copyTo } from 'pg-copy-streams';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { COPY_DATE_STYLE, inlineParameters } from '@/db/copy';
import { taskExportQuery } from '@/db/queries/report-rows';
import { today } from '@/lib/clock';
import { writeCsv } from '@/lib/export/csv';
import { parseListParams } from '@/lib/validations/filters';
import vi from '@/messages/vi.json';
import { collect } from '@/tests/export-helpers';
import type { BenchDatabase } from './generate';
import { download, rssMb } from './http';
import { viewerByLogin } from './inprocess';
import { median } from './stats';

const t = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string;

/**
 * `COPY (query) TO STDOUT` read to the end in this process: rows, bytes, time. The export's lines
 * are read under the date style the export sets (db/copy.ts), so that they are its bytes.
 */
export async function copyOut(
  bench: BenchDatabase,
  query: SQL,
  format: 'csv' | 'binary',
  dateStyle?: string,
) {
  const pool = bench.handle.pool;
  if (!pool) throw new Error('COPY needs PostgreSQL (DATABASE_URL)');
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    // as db/copy.ts: the style set for the COPY's own transaction (one server connection, even
    // through a transaction-mode PgBouncer), undone at its end whatever happens
    await client.query('BEGIN READ ONLY');
    if (dateStyle) await client.query(`SET LOCAL DateStyle = '${dateStyle}'`);
    const t0 = performance.now();
    const stream = client.query(copyTo(`COPY (${inlineParameters(query)}) TO STDOUT (FORMAT ${format})`));
    let bytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) bytes += chunk.length;
    const ms = performance.now() - t0;
    await client.query('COMMIT');
    return {
      rows: stream.rowCount,
      bytes,
      ms: Math.round(ms),
      rowsPerSecond: Math.round(stream.rowCount / (ms / 1000)),
    };
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // a connection whose COPY failed is dropped, not handed back mid-transaction
    client.release(failed);
  }
}

/** The rows (lines) of a download, without counting the header. */
async function timedDownload(
  base: string,
  path: string,
  cookie: string,
  pid: number | undefined,
  gzip: boolean,
) {
  let peak = pid ? rssMb(pid) : Number.NaN;
  const before = peak;
  const timer = pid ? setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50) : undefined;
  try {
    const result = await download(base, path, cookie, gzip ? undefined : { 'accept-encoding': 'identity' });
    const rows = result.lines - 1;
    return {
      ...result,
      rows,
      rowsPerSecond: Math.round(rows / (result.ms / 1000)),
      rssBeforeMb: before,
      peakRssMb: peak,
    };
  } finally {
    clearInterval(timer);
  }
}

type Report = (name: string, value: Record<string, unknown>) => void;

/**
 * The task CSV over HTTP (gzip as a browser asks, and without) against COPY of the export's own
 * query (db/queries/report-rows.ts, taskExportQuery: the rows and fields the export reads) and
 * against COPY of the lines the export has the database write; then the audit CSV.
 */
export async function csvByCopy(
  bench: BenchDatabase,
  base: string,
  cookies: { leader: string; coordinator: string },
  pid: number | undefined,
  runs: number,
  report: Report,
) {
  const leader = await viewerByLogin(bench, 'bench.leader');
  const params = parseListParams({}).data!;
  const asOf = today();
  const list = REPORTS.tasks;
  if (list.kind !== 'list' || !list.csvLines) throw new Error('the task list has no COPY lines');
  const raw = taskExportQuery(leader, params, asOf);
  const lines = list.csvLines(leader, params, asOf, t, 'vi');
  const results: Record<string, { rowsPerSecond: number; ms: number; peakRssMb?: number; rows: number }[]> = {
    copy: [],
    lines: [],
    gzip: [],
    identity: [],
  };
  for (let i = 0; i < runs; i++) {
    results.copy.push(await copyOut(bench, raw, 'csv'));
    results.gzip.push(await timedDownload(base, '/api/export/tasks?format=csv', cookies.leader, pid, true));
    results.lines.push(await copyOut(bench, lines, 'binary', COPY_DATE_STYLE));
    results.identity.push(
      await timedDownload(base, '/api/export/tasks?format=csv', cookies.leader, pid, false),
    );
  }
  const summary = (name: string) => ({
    rows: results[name][0].rows,
    ms: median(results[name].map((r) => r.ms)),
    rowsPerSecond: median(results[name].map((r) => r.rowsPerSecond)),
    runs: results[name].map((r) => r.rowsPerSecond),
    ...(results[name][0].peakRssMb !== undefined
      ? { peakRssMb: Math.max(...results[name].map((r) => r.peakRssMb ?? 0)) }
      : {}),
  });
  const copy = summary('copy');
  report('COPY (the task export query) TO STDOUT csv', copy);
  report('COPY (the export lines query) TO STDOUT binary, database side of the export', summary('lines'));
  for (const name of ['gzip', 'identity']) {
    const figure = summary(name);
    report(`export tasks csv over HTTP (${name})`, {
      ...figure,
      shareOfCopy: Math.round((100 * figure.rowsPerSecond) / copy.rowsPerSecond),
    });
  }
  const audit = await timedDownload(base, '/api/export/audit', cookies.coordinator, pid, true);
  report('export audit csv over HTTP (gzip)', audit);

  // The download PostgreSQL wrote, against the JavaScript writer's bytes for the same rows.
  const response = await fetch(`${base}/api/export/tasks?format=csv`, {
    headers: { cookie: cookies.leader },
  });
  const served = Buffer.from(await response.arrayBuffer());
  const written = await collect((out) =>
    writeCsv(out, list.columns(t), list.rows(leader, params, asOf, t, 'vi')),
  );
  report('export tasks csv: HTTP (COPY) bytes equal the JavaScript writer', {
    equal: served.equals(written),
    bytes: served.length,
  });
}
