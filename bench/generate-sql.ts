/**
 * The bulk of the bench data as SQL that the database runs itself (INSERT … SELECT FROM
 * generate_series): tasks, their status periods and events, recommendations with duplicates,
 * their addressees and events. Nothing crosses the wire but the statement, so a million tasks
 * and ten million events cost what PostgreSQL takes to write them.
 *
 * Every random choice is a hash of (row number, stream, seed) — `hashint8extended`, the function
 * behind hash partitioning, which PostgreSQL keeps stable across versions and platforms — so the
 * same seed and the same "now" give the same rows, chunk by chunk, in any order, on PostgreSQL and
 * on the embedded database alike. Row ids are computed too (a base plus the row number), so the
 * status periods and events of task i know its id without reading it back.
 *
 * The shape is the one the first generator drew in JavaScript (bench/RESULTS.md, round 1):
 * tasks 80 % communes, 15 % provinces, 5 % central bodies; created over the time since
 * 2023-12-01, due 30–400 days later; statuses 15 % not started, 35 % in progress, 8 % awaiting
 * confirmation, 38 % completed, 4 % cancelled, each change a status period and an event, plus
 * seven or eight progress events (10.5 events per task); one recommendation per five tasks, one in
 * ten of them marked as a duplicate of an earlier one of the same review.
 */

/** Values every statement reads: the organizations to draw from and the id bases. */
export type Plan = {
  seed: number;
  /** epoch seconds of "now" and of the start of the history */
  nowSec: number;
  startSec: number;
  tasks: number;
  recommendations: number;
  /** assignees by draw: communes, then provinces, then central bodies; their actors alike */
  orgs: number[];
  actors: (number | null)[];
  communes: number;
  provinces: number;
  central: number;
  /** central bodies, addressees of recommendations */
  centralIds: number[];
  reviews: number[];
  /** the national coordinator: who marks duplicates */
  coordinator: number | null;
  /**
   * The highest ids already taken: task i is taskBase + i, recommendation j recommendationBase + j;
   * periods and events take a fixed slot of ids per task (or recommendation) above their base.
   */
  taskBase: number;
  periodBase: number;
  eventBase: number;
  recommendationBase: number;
  recommendationEventBase: number;
  codeWidth: number;
};

export type Statement = { text: string; params: unknown[] };

/** Progress events per task on top of its status changes (one more once started). */
const FILLERS = 7;
/** Event ids per task: up to 4 status changes and 8 progress events. */
export const EVENTS_PER_TASK_SLOT = 16;
const PERIODS_PER_TASK_SLOT = 4;
/** Event ids per recommendation: its submission, and when a duplicate the two events of the marking. */
const EVENTS_PER_RECOMMENDATION_SLOT = 4;
/** One recommendation in ten is a duplicate: those whose number ends in 0. */
const DUPLICATE_EVERY = 10;

const CITIES = ['Hải Phòng', 'Hà Nội', 'Huế', 'Cần Thơ', 'Đà Nẵng', 'Lào Cai'];
const CATEGORIES = ['new_resolution', 'rule_revision', 'policy', 'guidance', 'other'];
const ADDRESSEE_STATUSES = [
  'submitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'declined',
  'implemented',
];

/** A uniform number in [0, 1) for `key` (an SQL bigint expression) in stream `stream`. */
function uniform(plan: Plan, key: string, stream: number): string {
  return `((hashint8extended((${key})::bigint, ${plan.seed * 1024 + stream}) & 9007199254740991)::float8 / 9007199254740992.0)`;
}

/** An integer in [min, max]. */
function between(plan: Plan, key: string, stream: number, min: number, max: number): string {
  return `(${min} + floor(${uniform(plan, key, stream)} * ${max - min + 1})::int)`;
}

const literalList = (items: string[]) => `ARRAY[${items.map((s) => `'${s}'`).join(', ')}]`;
const utcDay = (epoch: string) => `(to_timestamp(${epoch}) AT TIME ZONE 'UTC')::date`;

/**
 * One row per task i in [lo, hi] with everything its rows are made of: $1 the assignees, $2 their
 * actors, $3 the reviews. Times are epoch seconds; t1..t3 the status changes (null when not made),
 * `marks` how many there were (creation included). Each level ends in OFFSET 0 so that the planner
 * keeps it a level: flattened, every use of a column would recompute the draws behind it (t3 uses
 * t2 uses t1 uses created), and the events read each several times per row.
 */
function tasksOf(plan: Plan, lo: number, hi: number): string {
  const u = (stream: number) => uniform(plan, 'g.i', stream);
  const { communes: c, provinces: p, central: b, nowSec } = plan;
  const span = nowSec - plan.startSec - 20 * 86_400;
  const drawn = `SELECT g.i,
      1 + CASE WHEN ${u(1)} < 0.8 THEN floor(${u(2)} * ${c})::int
        WHEN ${u(1)} < 0.95 THEN ${c} + floor(${u(2)} * ${p})::int
        ELSE ${c + p} + floor(${u(2)} * ${b})::int END AS org_index,
      ${plan.startSec} + ${u(3)} * ${span} AS created,
      ${between(plan, 'g.i', 4, 30, 400)} AS due_days,
      CASE WHEN ${u(5)} < 0.15 THEN 'not_started' WHEN ${u(5)} < 0.5 THEN 'in_progress'
        WHEN ${u(5)} < 0.58 THEN 'awaiting_confirmation' WHEN ${u(5)} < 0.96 THEN 'completed'
        ELSE 'cancelled' END AS status,
      ${u(6)} AS u_t1, ${u(7)} AS u_t2, ${u(8)} AS u_t3,
      ${between(plan, 'g.i', 9, 5, 95)} AS progress,
      ${between(plan, 'g.i', 10, 1, CITIES.length)} AS city,
      ($3::int[])[${between(plan, 'g.i', 11, 1, plan.reviews.length)}] AS review_id
    FROM generate_series(${lo}, ${hi}) AS g(i) OFFSET 0`;
  const started = `SELECT q.*,
      CASE WHEN q.status <> 'not_started' THEN q.created + q.u_t1 * (${nowSec} - q.created) * 0.3 END AS t1
    FROM (${drawn}) q OFFSET 0`;
  const reported = `SELECT r.*,
      CASE WHEN r.status IN ('awaiting_confirmation', 'completed') THEN r.t1 + r.u_t2 * (${nowSec} - r.t1) * 0.6 END AS t2,
      CASE WHEN r.status = 'not_started' THEN 1 WHEN r.status IN ('in_progress', 'cancelled') THEN 2
        WHEN r.status = 'awaiting_confirmation' THEN 3 ELSE 4 END AS marks
    FROM (${started}) r OFFSET 0`;
  return `(SELECT s.*,
      ${plan.taskBase} + s.i AS id,
      'B-' || lpad(s.i::text, ${plan.codeWidth}, '0') AS code,
      ($1::int[])[s.org_index] AS org,
      ($2::int[])[s.org_index] AS actor,
      ${utcDay('s.created')} + s.due_days AS due,
      CASE WHEN s.t2 IS NOT NULL THEN ${utcDay('s.t2')} END AS completed,
      CASE WHEN s.status = 'completed' THEN s.t2 + s.u_t3 * (${nowSec} - s.t2) * 0.3 END AS t3
    FROM (${reported}) s OFFSET 0) t`;
}

const taskParams = (plan: Plan) => [plan.orgs, plan.actors, plan.reviews];

/** The time of status change k (0 = creation) of the task aliased t, and its status. */
const markAt = (k: string) =>
  `(CASE ${k} WHEN 0 THEN t.created WHEN 1 THEN t.t1 WHEN 2 THEN t.t2 ELSE t.t3 END)`;
const markStatus = (k: string) =>
  `(CASE ${k} WHEN 0 THEN 'not_started' WHEN 1 THEN (CASE WHEN t.status = 'cancelled' THEN 'cancelled' ELSE 'in_progress' END)
    WHEN 2 THEN 'awaiting_confirmation' ELSE 'completed' END)`;
const lastAt = `(CASE t.marks WHEN 1 THEN t.created WHEN 2 THEN t.t1 WHEN 3 THEN t.t2 ELSE t.t3 END)`;

export function insertTasks(plan: Plan, lo: number, hi: number): Statement {
  return {
    text: `INSERT INTO tasks (id, code, review_id, assignee_org_id, title, due_on, original_due_on, status,
        progress, completed_on, version, created_at, updated_at)
      SELECT t.id, t.code, t.review_id, t.org,
        'Nhiệm vụ tổng kết Nghị quyết 23 số ' || t.i || ' tại ' || (${literalList(CITIES)})[t.city],
        t.due, t.due, t.status::task_status,
        CASE WHEN t.status IN ('completed', 'awaiting_confirmation') THEN 100
          WHEN t.status = 'in_progress' THEN t.progress ELSE 0 END,
        t.completed, t.marks, to_timestamp(t.created), to_timestamp(${lastAt})
      FROM ${tasksOf(plan, lo, hi)}`,
    params: taskParams(plan),
  };
}

export function insertPeriods(plan: Plan, lo: number, hi: number): Statement {
  return {
    text: `INSERT INTO task_status_periods (id, task_id, assignee_org_id, status, due_on, completed_on, valid_from, valid_to)
      SELECT ${plan.periodBase} + 1 + (t.i - 1) * ${PERIODS_PER_TASK_SLOT} + k, t.id, t.org, ${markStatus('k')}::task_status,
        t.due, CASE WHEN k >= 2 THEN t.completed END,
        to_timestamp(${markAt('k')}), CASE WHEN k < t.marks - 1 THEN to_timestamp(${markAt('k + 1')}) END
      FROM ${tasksOf(plan, lo, hi)} CROSS JOIN LATERAL generate_series(0, t.marks - 1) AS k`,
    params: taskParams(plan),
  };
}

/** Status changes (ids 0–3 of the task's slot) and progress events (4 onwards). */
export function insertTaskEvents(plan: Plan, lo: number, hi: number): Statement {
  const slot = `${plan.eventBase} + 1 + (t.i - 1) * ${EVENTS_PER_TASK_SLOT}`;
  const action = `(CASE WHEN k = 0 THEN 'task.create' ELSE (CASE ${markStatus('k')} WHEN 'in_progress' THEN 'task.start'
      WHEN 'cancelled' THEN 'task.cancel' WHEN 'completed' THEN 'task.confirm' ELSE 'task.report' END) END)`;
  const key = `t.i * 32 + f`;
  const from = `(CASE WHEN t.marks > 1 THEN t.t1 ELSE t.created END)`;
  const to = `(CASE WHEN t.marks > 2 THEN ${lastAt} ELSE ${plan.nowSec} END)`;
  return {
    text: `INSERT INTO events (id, at, actor_id, organization_id, entity_type, entity_id, entity_code, action, from_value, to_value, data)
      SELECT ${slot} + k, to_timestamp(${markAt('k')}), t.actor, t.org, 'task', t.id, t.code, ${action},
        CASE WHEN k > 0 THEN ${markStatus('k - 1')} END, ${markStatus('k')}, NULL::jsonb
      FROM ${tasksOf(plan, lo, hi)} CROSS JOIN LATERAL generate_series(0, t.marks - 1) AS k
      UNION ALL
      SELECT ${slot} + 4 + f, to_timestamp(${from} + ${uniform(plan, key, 20)} * (${to} - ${from})), t.actor, t.org,
        'task', t.id, t.code, CASE WHEN t.status = 'not_started' THEN 'task.edit' ELSE 'task.progress' END,
        NULL, NULL, jsonb_build_object('progress', ${between(plan, key, 21, 0, 100)})
      FROM ${tasksOf(plan, lo, hi)}
        CROSS JOIN LATERAL generate_series(0, ${FILLERS - 1} + (t.status <> 'not_started')::int) AS f`,
    params: taskParams(plan),
  };
}

/**
 * Recommendations j in [lo, hi]: $1 the sources (provinces, then communes), $2 the reviews, $3 the
 * number of provinces among the sources (the events add $4 the sources' actors, $5 the coordinator). A duplicate (j a multiple of ten)
 * points to p = j − 10m − d (d in 1..9: never itself a duplicate), at most a thousand back, and
 * takes its review.
 */
function recommendationsOf(plan: Plan, lo: number, hi: number): string {
  const u = (key: string, stream: number) => uniform(plan, key, stream);
  const day = plan.nowSec - plan.startSec - 86_400;
  return `(SELECT r.*,
      ${plan.recommendationBase} + r.j AS id,
      'B-KN-' || lpad(r.j::text, ${plan.codeWidth}, '0') AS code,
      CASE WHEN r.p IS NOT NULL THEN ${plan.recommendationBase} + r.p END AS primary_id,
      CASE WHEN r.p IS NOT NULL THEN 'B-KN-' || lpad(r.p::text, ${plan.codeWidth}, '0') END AS primary_code,
      ($2::int[])[${between(plan, 'coalesce(r.p, r.j)', 35, 1, plan.reviews.length)}] AS review_id,
      ${utcDay('r.submitted')} AS submitted_on,
      CASE WHEN r.p IS NOT NULL THEN ${utcDay(`${plan.startSec} + ${u('r.p', 34)} * ${day}`)} END AS primary_submitted_on
    FROM (SELECT g.j,
        CASE WHEN g.j % ${DUPLICATE_EVERY} = 0
          THEN g.j - ${DUPLICATE_EVERY} * floor(${u('g.j', 30)} * least(100, g.j / ${DUPLICATE_EVERY}))::int
            - ${between(plan, 'g.j', 31, 1, DUPLICATE_EVERY - 1)} END AS p,
        1 + CASE WHEN ${u('g.j', 32)} < 0.5 THEN floor(${u('g.j', 33)} * $3::int)::int
          ELSE $3::int + floor(${u('g.j', 33)} * (cardinality($1::int[]) - $3::int))::int END AS source_index,
        ${plan.startSec} + ${u('g.j', 34)} * ${day} AS submitted,
        ${between(plan, 'g.j', 36, 0, CATEGORIES.length - 1)} AS category_index,
        ${between(plan, 'g.j', 37, 30, 120)} AS reply_days,
        ${u('g.j', 38)} AS u_marked
      FROM generate_series(${lo}, ${hi}) AS g(j) OFFSET 0) r OFFSET 0) rec`;
}

export function insertRecommendations(plan: Plan, lo: number, hi: number, sources: Sources): Statement {
  return {
    text: `INSERT INTO recommendations (id, code, review_id, source_org_id, category, text, submitted_on,
        response_due_on, duplicate_of_id, version, created_at, updated_at)
      SELECT rec.id, rec.code, rec.review_id, ($1::int[])[rec.source_index],
        (${literalList(CATEGORIES)})[rec.category_index + 1]::recommendation_category,
        'Kiến nghị số ' || rec.j || ': đề nghị sửa đổi chính sách hỗ trợ cơ sở',
        rec.submitted_on, rec.submitted_on + rec.reply_days, rec.primary_id,
        CASE WHEN rec.primary_id IS NOT NULL THEN 2 ELSE 1 END,
        to_timestamp(rec.submitted), to_timestamp(rec.submitted)
      FROM ${recommendationsOf(plan, lo, hi)}`,
    params: [sources.orgs, plan.reviews, sources.provinces],
  };
}

/** One or two distinct central bodies per recommendation, each with its own status. */
export function insertAddressees(plan: Plan, lo: number, hi: number): Statement {
  const n = plan.centralIds.length;
  const first = `floor(${uniform(plan, 'g.j', 40)} * ${n})::int`;
  const index = `(CASE WHEN a.k = 0 THEN ${first}
    ELSE (${first} + 1 + floor(${uniform(plan, 'g.j', 41)} * ${Math.max(1, n - 1)})::int) % ${n} END)`;
  return {
    text: `INSERT INTO recommendation_addressees (recommendation_id, organization_id, status, updated_at)
      SELECT ${plan.recommendationBase} + g.j, ($1::int[])[1 + ${index}],
        (${literalList(ADDRESSEE_STATUSES)})[${between(plan, 'g.j * 2 + a.k', 43, 1, ADDRESSEE_STATUSES.length)}]::addressee_status,
        to_timestamp(${plan.startSec} + ${uniform(plan, 'g.j', 34)} * ${plan.nowSec - plan.startSec - 86_400})
      FROM generate_series(${lo}, ${hi}) AS g(j)
        CROSS JOIN LATERAL generate_series(0, CASE WHEN ${uniform(plan, 'g.j', 42)} < 0.5 OR ${n} < 2 THEN 0 ELSE 1 END) AS a(k)`,
    params: [plan.centralIds],
  };
}

/**
 * Its submission (at 03:00 UTC of the day), and for a duplicate the two events of the marking —
 * on the duplicate and on its primary, as `markDuplicate` writes them — after both were submitted.
 */
export function insertRecommendationEvents(plan: Plan, lo: number, hi: number, sources: Sources): Statement {
  const slot = `${plan.recommendationEventBase} + 1 + (rec.j - 1) * ${EVENTS_PER_RECOMMENDATION_SLOT}`;
  const after = `extract(epoch FROM greatest(rec.submitted_on, rec.primary_submitted_on) + time '03:00')::float8`;
  const marked = `to_timestamp(${after} + rec.u_marked * (${plan.nowSec} - ${after}))`;
  return {
    text: `INSERT INTO events (id, at, actor_id, organization_id, entity_type, entity_id, entity_code, action, from_value, to_value, data)
      SELECT ${slot}, (rec.submitted_on + time '03:00') AT TIME ZONE 'UTC', ($4::int[])[rec.source_index],
        ($1::int[])[rec.source_index], 'recommendation', rec.id, rec.code, 'recommendation.submit', NULL, 'submitted', NULL::jsonb
      FROM ${recommendationsOf(plan, lo, hi)}
      UNION ALL
      SELECT ${slot} + 1, ${marked}, $5::int, ($1::int[])[rec.source_index], 'recommendation',
        rec.id, rec.code, 'recommendation.markDuplicate', NULL, NULL, jsonb_build_object('primary', rec.primary_code)
      FROM ${recommendationsOf(plan, lo, hi)} WHERE rec.primary_id IS NOT NULL
      UNION ALL
      SELECT ${slot} + 2, ${marked}, $5::int, NULL, 'recommendation',
        rec.primary_id, rec.primary_code, 'recommendation.duplicateAdded', NULL, NULL, jsonb_build_object('duplicate', rec.code)
      FROM ${recommendationsOf(plan, lo, hi)} WHERE rec.primary_id IS NOT NULL`,
    params: [sources.orgs, plan.reviews, sources.provinces, sources.actors, plan.coordinator],
  };
}

/** A primary's version counts its markings (markDuplicate bumps it each time). */
export function countMarkings(plan: Plan): Statement {
  return {
    text: `UPDATE recommendations p SET version = p.version + d.n
      FROM (SELECT duplicate_of_id AS id, count(*)::int AS n FROM recommendations
        WHERE id > ${plan.recommendationBase} AND duplicate_of_id IS NOT NULL GROUP BY duplicate_of_id) d
      WHERE p.id = d.id`,
    params: [],
  };
}

/** The sources of recommendations: provinces first (the first `provinces` entries), then communes. */
export type Sources = { orgs: number[]; actors: (number | null)[]; provinces: number };
