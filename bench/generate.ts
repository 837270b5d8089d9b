/**
 * npm run bench:data -- --tasks 100000 [--seed N] [--jobs N]
 * Fills the database named by DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, at most
 * 10,000 tasks) with a nationwide shape: communes under every province, ~100 central bodies,
 * users in every role, tasks with their status periods and events, recommendations (one in ten
 * a duplicate) with addressees. Deterministic: the same seed gives the same rows (dated from
 * now). Organizations and users go in from here; the millions of rows are made by the database
 * itself (bench/generate-sql.ts), `jobs` statements at a time, while the loaded tables' secondary
 * indexes and foreign keys are set aside (bench/bulk-load.ts); then they are rebuilt, checked,
 * and the tables vacuumed and analyzed.
 */
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { type DatabaseHandle, pgliteExtensions, wrapPglite, wrapPool } from '@/db/index';
import { randomGenerator } from '@/db/seed/sample';
import { prepareDatabase } from '@/db/setup';
import { hashPassword } from '@/lib/auth/password';
import { pgliteDir } from '@/lib/config';
import { dropForLoad, restoreAfterLoad, runQueue, vacuumTables, type Work } from './bulk-load';
import {
  countMarkings,
  EVENTS_PER_TASK_SLOT,
  insertAddressees,
  insertPeriods,
  insertRecommendationEvents,
  insertRecommendations,
  insertTaskEvents,
  insertTasks,
  type Plan,
  type Sources,
  type Statement,
} from './generate-sql';

export const BENCH_PASSWORD = 'BenchNQ23-2024';
const BATCH = 5000;
const START = Date.parse('2023-12-01T01:00:00Z');

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
/** One connection of its own (PostgreSQL), or the embedded database itself: for transactions. */
export type BenchSession = {
  query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[]; count: number }>;
  release: () => void;
};
export type BenchDatabase = {
  handle: DatabaseHandle;
  query: Query;
  driver: 'pglite' | 'postgres';
  connect: () => Promise<BenchSession>;
};

export function openBenchDatabase(max = 4): BenchDatabase {
  const url = process.env.DATABASE_URL;
  if (url) {
    // The application's session settings come with the role (prepareDatabase stores them), so
    // EXPLAIN sees the plans the app gets; loading a million rows may outlast its statement limit.
    return benchDatabaseOf(
      wrapPool(new Pool({ connectionString: url, max, options: '-c statement_timeout=0' })),
    );
  }
  return benchDatabaseOf(wrapPglite(new PGlite(pgliteDir(), { extensions: pgliteExtensions() })));
}

/** The bench's view of an open database (the tests hand theirs). */
export function benchDatabaseOf(handle: DatabaseHandle): BenchDatabase {
  const { pool, pglite } = handle;
  if (pool) {
    return {
      handle,
      query: (t, p) => pool.query(t, p),
      driver: 'postgres',
      connect: async () => {
        const client = await pool.connect();
        return {
          query: async (t, p) => {
            const result = await client.query(t, p);
            return { rows: result.rows, count: result.rowCount ?? 0 };
          },
          release: () => client.release(),
        };
      },
    };
  }
  if (!pglite) throw new Error('bench: a database handle with neither a pool nor an embedded database');
  const query = async (t: string, p?: unknown[]) => {
    const result = await pglite.query<Record<string, unknown>>(t, p);
    return { rows: result.rows, count: result.affectedRows ?? 0 };
  };
  return { handle, query, driver: 'pglite', connect: async () => ({ query, release: () => {} }) };
}

/** Inserts records (keys = column names) in batches; returns nothing, ids are read back by code. */
async function insertRows(query: Query, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    const list = [...new Set(slice.flatMap((r) => Object.keys(r)))].join(', ');
    const chunk = JSON.stringify(slice);
    await query(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(null::${table}, $1::json)`,
      [chunk],
    );
  }
}

async function idsByCode(query: Query, where: string): Promise<Map<string, number>> {
  const { rows } = await query(`SELECT code, id FROM organizations WHERE ${where}`);
  return new Map(rows.map((r) => [String(r.code), Number(r.id)]));
}

export type GenerateOptions = {
  tasks: number;
  seed: number;
  /** statements at once (PostgreSQL; the embedded database runs one) */
  jobs?: number;
  /** "now" in epoch milliseconds: the history ends there (default: the clock) */
  now?: number;
  log?: (line: string) => void;
};

export async function generate(bench: BenchDatabase, options: GenerateOptions) {
  const { query } = bench;
  // Both go into the SQL text: whole numbers only.
  if (!Number.isSafeInteger(options.tasks) || options.tasks < 1)
    throw new Error('bench:data: --tasks must be a positive whole number');
  if (!Number.isSafeInteger(options.seed) || options.seed < 0 || options.seed > 2 ** 40)
    throw new Error('bench:data: --seed must be a whole number from 0 to 2^40');
  const log = options.log ?? console.log;
  const random = randomGenerator(options.seed);
  const nowMs = options.now ?? Date.now();
  const jobs = bench.driver === 'postgres' ? Math.min(4, Math.max(1, options.jobs ?? 2)) : 1;
  const started = Date.now();
  await prepareDatabase(bench.handle, { demo: true });
  const { rows: done } = await query(`SELECT count(*)::int AS n FROM tasks WHERE code LIKE 'B-%'`);
  if (Number(done[0].n) > 0) throw new Error('This database already holds generated data; use a fresh one.');

  // Organizations: central bodies up to ~100, communes (3,321) spread over the 34 provinces.
  const provinces = await idsByCode(query, `kind = 'province' ORDER BY code`);
  const provinceCodes = [...provinces.keys()].sort();
  const tw = (await idsByCode(query, `code = 'TW'`)).get('TW')!;
  const orgs: Record<string, unknown>[] = [];
  for (let i = 1; i <= 86; i++) {
    orgs.push({
      code: `B-TW-${i}`,
      parent_id: tw,
      path: 'pending',
      kind: 'central_body',
      sector: random.pick(['party', 'state', 'front'] as const),
      name_vi: `Cơ quan Trung ương số ${i}`,
    });
  }
  for (let i = 1; i <= 3321; i++) {
    const p = provinceCodes[(i - 1) % provinceCodes.length];
    orgs.push({
      code: `B-${p}-X${i}`,
      parent_id: provinces.get(p),
      path: 'pending',
      kind: 'commune',
      sector: 'state',
      name_vi: `Xã Hòa Bình ${i}`,
    });
  }
  await insertRows(query, 'organizations', orgs);
  // Materialized path and province, from the parent (every new unit's parent already has both).
  await query(`UPDATE organizations o SET path = p.path || o.id || '/', province_id = CASE WHEN o.kind = 'commune' THEN p.province_id END
    FROM organizations p WHERE o.parent_id = p.id AND o.path = 'pending'`);
  const communes = [...(await idsByCode(query, `code LIKE 'B-P%' ORDER BY id`)).values()];
  const central = [...(await idsByCode(query, `kind = 'central_body' ORDER BY id`)).values()];
  const provinceIds = [...provinces.values()];
  log(`organizations: +${orgs.length} (${communes.length} communes, ${central.length} central bodies)`);

  // Users in every role; one hash for all (argon2 is slow on purpose).
  const hash = await hashPassword(BENCH_PASSWORD);
  const byCode = await idsByCode(query, `code IN ('VN', 'BCD23')`);
  const users: Record<string, unknown>[] = [
    {
      login: 'bench.admin',
      display_name: 'Bench admin',
      password_hash: hash,
      role: 'admin',
      organization_id: byCode.get('BCD23'),
      scope_id: byCode.get('VN'),
    },
    {
      login: 'bench.leader',
      display_name: 'Bench leader',
      password_hash: hash,
      role: 'leader',
      organization_id: byCode.get('BCD23'),
      scope_id: byCode.get('VN'),
    },
    {
      login: 'bench.coordinator',
      display_name: 'Bench coordinator',
      password_hash: hash,
      role: 'coordinator',
      organization_id: byCode.get('BCD23'),
      scope_id: byCode.get('VN'),
    },
  ];
  for (const p of provinceCodes) {
    const id = provinces.get(p);
    for (const r of ['leader', 'coordinator', 'official'] as const) {
      users.push({
        login: `bench.${p.toLowerCase()}.${r}`,
        display_name: `${p} ${r}`,
        password_hash: hash,
        role: r,
        organization_id: id,
        scope_id: id,
      });
    }
  }
  communes.forEach((id, i) => {
    users.push({
      login: `bench.c${i + 1}`,
      display_name: `Commune official ${i + 1}`,
      password_hash: hash,
      role: 'official',
      organization_id: id,
      scope_id: id,
    });
  });
  central.forEach((id, i) => {
    users.push({
      login: `bench.tw${i + 1}`,
      display_name: `Central official ${i + 1}`,
      password_hash: hash,
      role: 'official',
      organization_id: id,
      scope_id: id,
    });
  });
  await insertRows(query, 'users', users);
  log(`users: +${users.length} (${seconds(started)})`);

  // Who acts for each unit in its events: its official (a province has three bench users).
  const { rows: actorRows } = await query(
    `SELECT DISTINCT ON (organization_id) organization_id, id FROM users
      WHERE login LIKE 'bench.%' ORDER BY organization_id, (role = 'official') DESC, id`,
  );
  const actorOf = new Map(actorRows.map((r) => [Number(r.organization_id), Number(r.id)]));
  const actorsOf = (ids: number[]) => ids.map((id) => actorOf.get(id) ?? null);
  const { rows: coordinatorRows } = await query(`SELECT id FROM users WHERE login = 'bench.coordinator'`);
  const coordinator = coordinatorRows[0];
  const { rows: reviewRows } = await query('SELECT id FROM reviews ORDER BY id');

  const assignees = [...communes, ...provinceIds, ...central];
  const recCount = Math.round(options.tasks / 5);
  const plan: Plan = {
    seed: options.seed,
    nowSec: nowMs / 1000,
    startSec: START / 1000,
    tasks: options.tasks,
    recommendations: recCount,
    orgs: assignees,
    actors: actorsOf(assignees),
    communes: communes.length,
    provinces: provinceIds.length,
    central: central.length,
    centralIds: central,
    reviews: reviewRows.map((r) => Number(r.id)),
    coordinator: coordinator ? Number(coordinator.id) : null,
    taskBase: await lastId(query, 'tasks'),
    periodBase: await lastId(query, 'task_status_periods'),
    eventBase: await lastId(query, 'events'),
    recommendationBase: await lastId(query, 'recommendations'),
    recommendationEventBase: 0,
    codeWidth: Math.max(6, String(options.tasks).length),
  };
  plan.recommendationEventBase = plan.eventBase + options.tasks * EVENTS_PER_TASK_SLOT;
  const sourceIds = [...provinceIds, ...communes];
  const sources: Sources = { orgs: sourceIds, actors: actorsOf(sourceIds), provinces: provinceIds.length };

  const counts = { tasks: 0, periods: 0, taskEvents: 0, recommendations: 0, addressees: 0, recEvents: 0 };
  const busy = { ...counts };
  const work: Work[] = [];
  const add = (statement: Statement, count: keyof typeof counts) =>
    work.push({
      statements: [
        ...(bench.driver === 'postgres' ? ['SET LOCAL synchronous_commit = off'] : []),
        statement.text,
      ],
      params: statement.params,
      done: (n, ms) => {
        counts[count] += n;
        busy[count] += ms;
      },
    });
  for (const [lo, hi] of chunks(options.tasks, TASK_CHUNK)) {
    add(insertTasks(plan, lo, hi), 'tasks');
    add(insertPeriods(plan, lo, hi), 'periods');
  }
  for (const [lo, hi] of chunks(options.tasks, EVENT_CHUNK))
    add(insertTaskEvents(plan, lo, hi), 'taskEvents');
  for (const [lo, hi] of chunks(recCount, TASK_CHUNK)) {
    add(insertRecommendations(plan, lo, hi, sources), 'recommendations');
    add(insertAddressees(plan, lo, hi), 'addressees');
    add(insertRecommendationEvents(plan, lo, hi, sources), 'recEvents');
  }

  // The recommendation rollup's triggers read the events by their (dropped) index and would recount
  // each chunk while its addressees and events load in other transactions: off during the load, the
  // rollup rebuilt once after it (migration 0021).
  for (const [table, trigger] of RECOMMENDATION_ROLLUP_TRIGGERS)
    await query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  const dropped = await dropForLoad(bench, LOADED_TABLES);
  const loading = Date.now();
  let restored = false;
  let rebuilt = false;
  try {
    await runQueue(bench, work, jobs);
    log(`rows loaded in ${seconds(loading)}, ${jobs} at a time; seconds per table, summed over statements:`);
    log(
      `  ${Object.entries(busy)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`)
        .join(', ')}`,
    );
    log(`tasks: +${counts.tasks}, status periods: +${counts.periods}, task events: +${counts.taskEvents}`);
    await query(countMarkings(plan).text);
    const duplicates = Math.floor(recCount / 10);
    log(
      `recommendations: +${counts.recommendations} (${duplicates} duplicates), addressees: +${counts.addressees}, events: +${counts.recEvents}`,
    );
    for (const table of ['tasks', 'task_status_periods', 'events', 'recommendations']) {
      await query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    const loaded = Date.now();
    restored = true;
    await restoreAfterLoad(bench, dropped, jobs);
    log(
      `indexes: ${dropped.indexes.length} rebuilt, foreign keys: ${dropped.foreignKeys.length} checked (${seconds(loaded)})`,
    );
    const rollup = Date.now();
    for (const [table, trigger] of RECOMMENDATION_ROLLUP_TRIGGERS)
      await query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    await query('SELECT recommendation_rollup_rebuild()');
    rebuilt = true;
    log(`recommendation rollup rebuilt (${seconds(rollup)})`);
  } finally {
    // A failed load leaves its rows; the indexes and keys come back all the same.
    if (!restored) await restoreAfterLoad(bench, dropped, jobs).catch((error) => log(`restore: ${error}`));
    if (!rebuilt) {
      for (const [table, trigger] of RECOMMENDATION_ROLLUP_TRIGGERS)
        await query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`).catch((error) =>
          log(`trigger: ${error}`),
        );
    }
  }
  const vacuumed = Date.now();
  await vacuumTables(bench, LOADED_TABLES, jobs);
  // The link tables hold only the seed's few rows: never analyzed, the planner takes each for ~2,260
  // rows (ten pages) and hash-joins a province's every recommendation to find a coordinator's linked
  // tasks (30–120 ms at 1,000,000 tasks for none); any table with links gets its statistics from
  // autovacuum once 50 rows change.
  await query('ANALYZE organizations, users, task_recommendations, task_supporting_units');
  log(`vacuum and analyze (${seconds(vacuumed)})`);
  const total = Date.now() - started;
  log(`done in ${(total / 1000).toFixed(1)} s`);
  return {
    tasks: counts.tasks,
    events: counts.taskEvents + counts.recEvents,
    periods: counts.periods,
    recommendations: counts.recommendations,
    addressees: counts.addressees,
    ms: total,
  };
}

/** The triggers of migration 0021 that a load's inserts fire (table, trigger). */
const RECOMMENDATION_ROLLUP_TRIGGERS = [
  ['recommendations', 'recommendations_rollup_insert'],
  ['recommendation_addressees', 'recommendation_addressees_rollup_insert'],
  ['events', 'events_recommendation_rollup'],
] as const;

/** The tables the bulk of the rows go to. */
const LOADED_TABLES = [
  'tasks',
  'task_status_periods',
  'events',
  'recommendations',
  'recommendation_addressees',
];
/** Tasks (or recommendations) per statement, and tasks per statement of events (~10 rows each). */
const TASK_CHUNK = 50_000;
const EVENT_CHUNK = 25_000;

function* chunks(count: number, size: number): Generator<[number, number]> {
  for (let lo = 1; lo <= count; lo += size) yield [lo, Math.min(count, lo + size - 1)];
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** The highest id the table or its sequence has given: generated rows take the ids above. */
async function lastId(query: Query, table: string): Promise<number> {
  const { rows } = await query(
    `SELECT greatest((SELECT coalesce(max(id), 0) FROM ${table}),
       coalesce(pg_sequence_last_value(pg_get_serial_sequence('${table}', 'id')), 0))::float8 AS n`,
  );
  return Number(rows[0].n);
}

async function main() {
  const { values } = parseArgs({
    options: {
      tasks: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '8' },
      jobs: { type: 'string', default: '2' },
    },
  });
  const tasks = Number(values.tasks);
  const bench = openBenchDatabase();
  if (bench.driver === 'pglite' && tasks > 10_000) {
    console.error('bench:data: the embedded database takes at most 10,000 tasks; set DATABASE_URL for more.');
    process.exit(1);
  }
  try {
    await generate(bench, { tasks, seed: Number(values.seed), jobs: Number(values.jobs) });
  } finally {
    await bench.handle.close();
  }
}

if (process.argv[1]?.endsWith('generate.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
