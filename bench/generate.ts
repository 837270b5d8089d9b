/**
 * npm run bench:data -- --tasks 100000 [--seed N]
 * Fills the database named by DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, at most
 * 10,000 tasks) with a nationwide shape: communes under every province, ~100 central bodies,
 * users in every role, tasks with their status periods and events, recommendations with
 * addressees. Deterministic: the same seed gives the same rows. Rows go in as batches of
 * JSON records expanded by the database (json_populate_recordset), the fastest portable way
 * that works on both drivers.
 */
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { type DatabaseHandle, pgliteExtensions, wrapPglite, wrapPool } from '@/db/index';
import { randomGenerator } from '@/db/seed/sample';
import { prepareDatabase } from '@/db/setup';
import { hashPassword } from '@/lib/auth/password';
import { pgliteDir } from '@/lib/config';

export const BENCH_PASSWORD = 'BenchNQ23-2024';
const BATCH = 5000;
const DAY = 86_400_000;
const START = Date.parse('2023-12-01T01:00:00Z');

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
export type BenchDatabase = { handle: DatabaseHandle; query: Query; driver: 'pglite' | 'postgres' };

export function openBenchDatabase(): BenchDatabase {
  const url = process.env.DATABASE_URL;
  if (url) {
    // The application's session settings come with the role (prepareDatabase stores them), so
    // EXPLAIN sees the plans the app gets; loading a million rows may outlast its statement limit.
    const pool = new Pool({ connectionString: url, max: 4, options: '-c statement_timeout=0' });
    return { handle: wrapPool(pool), query: (t, p) => pool.query(t, p), driver: 'postgres' };
  }
  const client = new PGlite(pgliteDir(), { extensions: pgliteExtensions() });
  return {
    handle: wrapPglite(client),
    query: (t, p) => client.query(t, p) as Promise<{ rows: Record<string, unknown>[] }>,
    driver: 'pglite',
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

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

export type GenerateOptions = { tasks: number; seed: number; log?: (line: string) => void };

export async function generate(bench: BenchDatabase, options: GenerateOptions) {
  const { query } = bench;
  const log = options.log ?? console.log;
  const random = randomGenerator(options.seed);
  const nowMs = Date.now();
  const started = Date.now();
  await prepareDatabase(bench.handle, { demo: true });
  const { rows: done } = await query(`SELECT count(*)::int AS n FROM tasks WHERE code LIKE 'B-%'`);
  if (Number(done[0].n) > 0) throw new Error('This database already holds generated data; use a fresh one.');
  await query('SET synchronous_commit = off').catch(() => {});

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
  const communes = [...(await idsByCode(query, `code LIKE 'B-P%'`)).values()];
  const central = [...(await idsByCode(query, `kind = 'central_body'`)).values()];
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
  const { rows: userRows } = await query(`SELECT id, organization_id FROM users WHERE login LIKE 'bench.%'`);
  const actorOf = new Map(userRows.map((r) => [Number(r.organization_id), Number(r.id)]));
  log(`users: +${users.length}`);

  const { rows: reviewRows } = await query('SELECT id FROM reviews ORDER BY id');
  const reviewIds = reviewRows.map((r) => Number(r.id));

  // Tasks: 80% communes, 15% provinces, 5% central bodies.
  const eventTarget = options.tasks * 10;
  const taskRows: Record<string, unknown>[] = [];
  const plans: {
    createdAt: number;
    marks: { at: number; status: string; completedOn: string | null }[];
    org: number;
    dueOn: string;
    status: string;
  }[] = [];
  for (let i = 1; i <= options.tasks; i++) {
    const roll = random.next();
    const org =
      roll < 0.8 ? random.pick(communes) : roll < 0.95 ? random.pick(provinceIds) : random.pick(central);
    const createdAt = START + random.next() * (nowMs - START - 20 * DAY);
    const dueOn = day(createdAt + random.int(30, 400) * DAY);
    const s = random.next();
    const status =
      s < 0.15
        ? 'not_started'
        : s < 0.5
          ? 'in_progress'
          : s < 0.58
            ? 'awaiting_confirmation'
            : s < 0.96
              ? 'completed'
              : 'cancelled';
    const marks: { at: number; status: string; completedOn: string | null }[] = [
      { at: createdAt, status: 'not_started', completedOn: null },
    ];
    const span = nowMs - createdAt;
    let t = createdAt;
    if (status !== 'not_started') {
      t += random.next() * span * 0.3;
      marks.push({ at: t, status: status === 'cancelled' ? 'cancelled' : 'in_progress', completedOn: null });
    }
    let completedOn: string | null = null;
    if (status === 'awaiting_confirmation' || status === 'completed') {
      t += random.next() * (nowMs - t) * 0.6;
      completedOn = day(t);
      marks.push({ at: t, status: 'awaiting_confirmation', completedOn });
      if (status === 'completed') {
        t += random.next() * (nowMs - t) * 0.3;
        marks.push({ at: t, status: 'completed', completedOn });
      }
    }
    const progress =
      status === 'completed' || status === 'awaiting_confirmation'
        ? 100
        : status === 'in_progress'
          ? random.int(5, 95)
          : 0;
    const title = `Nhiệm vụ tổng kết Nghị quyết 23 số ${i} tại ${random.pick(['Hải Phòng', 'Hà Nội', 'Huế', 'Cần Thơ', 'Đà Nẵng', 'Lào Cai'])}`;
    taskRows.push({
      code: `B-${String(i).padStart(6, '0')}`,
      review_id: random.pick(reviewIds),
      assignee_org_id: org,
      title,
      due_on: dueOn,
      original_due_on: dueOn,
      status,
      progress,
      completed_on: completedOn,
      version: marks.length,
      created_at: iso(createdAt),
      updated_at: iso(t),
    });
    plans.push({ createdAt, marks, org, dueOn, status });
  }
  await insertRows(query, 'tasks', taskRows);
  const { rows: taskIdRows } = await query(`SELECT id FROM tasks WHERE code LIKE 'B-%' ORDER BY code`);
  log(`tasks: +${taskRows.length} (${Date.now() - started} ms)`);

  // Status periods and events, streamed out in batches.
  let periods: Record<string, unknown>[] = [];
  let events: Record<string, unknown>[] = [];
  let eventCount = 0;
  let periodCount = 0;
  const fillers = Math.max(0, Math.round(eventTarget / options.tasks) - 3);
  const flush = async (force: boolean) => {
    if (periods.length >= BATCH || (force && periods.length)) {
      await insertRows(query, 'task_status_periods', periods);
      periodCount += periods.length;
      periods = [];
    }
    if (events.length >= BATCH || (force && events.length)) {
      await insertRows(query, 'events', events);
      eventCount += events.length;
      events = [];
    }
  };
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    const id = Number(taskIdRows[i].id);
    const code = `B-${String(i + 1).padStart(6, '0')}`;
    const actor = actorOf.get(plan.org) ?? null;
    const base = {
      actor_id: actor,
      organization_id: plan.org,
      entity_type: 'task',
      entity_id: id,
      entity_code: code,
    };
    plan.marks.forEach((m, k) => {
      const next = plan.marks[k + 1];
      periods.push({
        task_id: id,
        assignee_org_id: plan.org,
        status: m.status,
        due_on: plan.dueOn,
        completed_on: m.completedOn,
        valid_from: iso(m.at),
        valid_to: next ? iso(next.at) : null,
      });
      const action =
        k === 0
          ? 'task.create'
          : m.status === 'in_progress'
            ? 'task.start'
            : m.status === 'cancelled'
              ? 'task.cancel'
              : m.status === 'completed'
                ? 'task.confirm'
                : 'task.report';
      events.push({
        ...base,
        at: iso(m.at),
        action,
        from_value: k === 0 ? null : plan.marks[k - 1].status,
        to_value: m.status,
      });
    });
    // Progress notes between the start and the last change (or now): most of the 1M events.
    const from = plan.marks[Math.min(1, plan.marks.length - 1)].at;
    const to = plan.marks.length > 2 ? plan.marks[plan.marks.length - 1].at : nowMs;
    for (let f = 0; f < fillers + (plan.status === 'not_started' ? 0 : 1); f++) {
      const at = from + random.next() * (to - from);
      events.push({
        ...base,
        at: iso(at),
        action: plan.status === 'not_started' ? 'task.edit' : 'task.progress',
        data: { progress: random.int(0, 100) },
      });
    }
    await flush(false);
  }
  await flush(true);
  log(`status periods: +${periodCount}, task events: +${eventCount} (${Date.now() - started} ms)`);

  // Recommendations: one for every five tasks, from provinces and communes to central bodies.
  const recCount = Math.round(options.tasks / 5);
  const recs: Record<string, unknown>[] = [];
  for (let i = 1; i <= recCount; i++) {
    const submitted = START + random.next() * (nowMs - START - DAY);
    recs.push({
      code: `B-KN-${String(i).padStart(6, '0')}`,
      review_id: random.pick(reviewIds),
      source_org_id: random.next() < 0.5 ? random.pick(provinceIds) : random.pick(communes),
      category: random.pick(['new_resolution', 'rule_revision', 'policy', 'guidance', 'other'] as const),
      text: `Kiến nghị số ${i}: đề nghị sửa đổi chính sách hỗ trợ cơ sở`,
      submitted_on: day(submitted),
      response_due_on: day(submitted + random.int(30, 120) * DAY),
      created_at: iso(submitted),
    });
  }
  await insertRows(query, 'recommendations', recs);
  const { rows: recIds } = await query(
    `SELECT id, source_org_id, submitted_on::text AS s FROM recommendations WHERE code LIKE 'B-KN-%' ORDER BY code`,
  );
  const addressees: Record<string, unknown>[] = [];
  const recEvents: Record<string, unknown>[] = [];
  for (const r of recIds) {
    const n = random.int(1, 2);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(random.pick(central));
    for (const org of chosen) {
      addressees.push({
        recommendation_id: r.id,
        organization_id: org,
        status: random.pick([
          'submitted',
          'under_review',
          'accepted',
          'partially_accepted',
          'declined',
          'implemented',
        ] as const),
      });
    }
    recEvents.push({
      at: `${r.s}T03:00:00Z`,
      actor_id: actorOf.get(Number(r.source_org_id)) ?? null,
      organization_id: r.source_org_id,
      entity_type: 'recommendation',
      entity_id: r.id,
      action: 'recommendation.submit',
      to_value: 'submitted',
    });
  }
  await insertRows(query, 'recommendation_addressees', addressees);
  await insertRows(query, 'events', recEvents);
  log(`recommendations: +${recs.length}, addressees: +${addressees.length}, events: +${recEvents.length}`);
  await query('ANALYZE');
  const total = Date.now() - started;
  log(`done in ${(total / 1000).toFixed(1)} s`);
  return {
    tasks: taskRows.length,
    events: eventCount + recEvents.length,
    periods: periodCount,
    recommendations: recs.length,
    ms: total,
  };
}

async function main() {
  const { values } = parseArgs({
    options: { tasks: { type: 'string', default: '100000' }, seed: { type: 'string', default: '8' } },
  });
  const tasks = Number(values.tasks);
  const bench = openBenchDatabase();
  if (bench.driver === 'pglite' && tasks > 10_000) {
    console.error('bench:data: the embedded database takes at most 10,000 tasks; set DATABASE_URL for more.');
    process.exit(1);
  }
  try {
    await generate(bench, { tasks, seed: Number(values.seed) });
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
