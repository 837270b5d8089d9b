/**
 * Figure 8 of issue #8: a task spreadsheet of `rows` new tasks imported by a national
 * coordinator — the dry run, then the commit — through the same handlers as the page's server
 * action (the upload is parsed, checked, and on commit checked again and written in one
 * transaction). The file is the project's own XLSX template, filled with units of the bench
 * database by their codes. Each run adds `rows` tasks (events are append-only: nothing is undone).
 */
import { taskImportHandlers, templateData } from '@/db/queries/task-import';
import { randomGenerator } from '@/db/seed/sample';
import { addDays, today } from '@/lib/clock';
import { type ImportHandlers, runImportAction } from '@/lib/import/action';
import type { ImportCounts, ImportState } from '@/lib/import/outcome';
import type { RawTaskRow } from '@/lib/import/task-rows';
import { type TemplateTask, taskTemplate } from '@/lib/import/template';
import type { BenchDatabase } from './generate';
import { viewerByLogin } from './inprocess';

const TITLES = [
  'Xây dựng báo cáo chuyên đề về công tác dân vận của {u}',
  'Tổ chức hội nghị đối thoại giữa người đứng đầu và Nhân dân tại {u}',
  'Rà soát, đánh giá việc thực hiện Quy chế dân chủ ở cơ sở của {u}',
  'Tổng hợp mô hình “Dân vận khéo” tiêu biểu của {u}',
  'Khảo sát tình hình đồng bào dân tộc thiểu số, đồng bào tôn giáo trên địa bàn {u}',
  'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW tại {u}',
  'Kiện toàn Ban Chỉ đạo tổng kết Nghị quyết số 23-NQ/TW của {u}',
  'Đề xuất giải pháp tăng cường khối đại đoàn kết toàn dân tộc ở {u}',
];
const DESCRIPTIONS = [
  'Báo cáo gửi Ban Chỉ đạo Trung ương qua Ban Dân vận, kèm số liệu thống kê theo mẫu.',
  'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp; lấy ý kiến các đoàn thể chính trị - xã hội.',
  'Nêu rõ kết quả đạt được, hạn chế, nguyên nhân và bài học kinh nghiệm.',
  '',
];

/** `count` rows of the task template: new tasks (no code, not started) for the viewer's units. */
async function spreadsheet(
  orgs: { code: string; nameVi: string }[],
  count: number,
  day: string,
  seed: number,
) {
  const random = randomGenerator(seed);
  const rows: TemplateTask[] = [];
  for (let i = 0; i < count; i++) {
    const org = random.pick(orgs);
    rows.push({
      code: '',
      title: `${random.pick(TITLES).replace('{u}', org.nameVi)} (đợt ${1 + (i % 4)})`,
      description: random.pick(DESCRIPTIONS) || null,
      assignee: org.code,
      dueOn: addDays(day, random.int(30, 540)),
      status: 'not_started',
      progress: 0,
    });
  }
  return taskTemplate(orgs, rows);
}

function form(bytes: Buffer, fileName: string, mode: 'check' | 'commit', versions?: Record<string, number>) {
  const data = new FormData();
  data.set('file', new File([new Uint8Array(bytes)], fileName));
  data.set('mode', mode);
  if (versions) data.set('versions', JSON.stringify(versions));
  return data;
}

function expectCounts(
  step: string,
  state: ImportState,
  status: ImportState['status'],
  expected: ImportCounts,
) {
  const counts = state.summary?.counts;
  if (
    state.status !== status ||
    JSON.stringify(counts) !== JSON.stringify(expected) ||
    state.summary?.errors.length
  ) {
    const errors = state.summary?.errors.slice(0, 5);
    throw new Error(
      `import ${step}: ${state.status} ${state.message ?? ''} ${JSON.stringify(counts)} ${JSON.stringify(errors)}`,
    );
  }
}

/** Peak RSS of this process (MB) while `run` goes on, sampled every 50 ms. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  try {
    const result = await run();
    return { result, ms: Math.round(performance.now() - t0), peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

/** The dry run then the commit of one file, each timed; both must accept every row as `expected`. */
async function dryRunAndCommit(
  handlers: ImportHandlers<RawTaskRow>,
  bytes: Buffer,
  fileName: string,
  expected: ImportCounts,
) {
  const dry = await withPeakRss(() => runImportAction(form(bytes, fileName, 'check'), handlers));
  expectCounts(`${fileName} dry run`, dry.result, 'checked', expected);
  const commit = await withPeakRss(() =>
    runImportAction(form(bytes, fileName, 'commit', dry.result.summary?.versions), handlers),
  );
  expectCounts(`${fileName} commit`, commit.result, 'done', expected);
  return {
    fileKb: Math.round(bytes.length / 1024),
    dryRunMs: dry.ms,
    commitMs: commit.ms,
    dryRunPeakRssMb: dry.peakRssMb,
    commitPeakRssMb: commit.peakRssMb,
  };
}

async function countWritten(bench: BenchDatabase, fileName: string, action: string) {
  const { rows } = await bench.query(
    `WITH e AS (SELECT entity_id FROM events WHERE action = $2 AND data->>'import' = $1)
     SELECT (SELECT count(*)::int FROM e) AS events,
       (SELECT count(*)::int FROM tasks WHERE id IN (SELECT entity_id FROM e)) AS tasks,
       (SELECT count(*)::int FROM task_status_periods WHERE task_id IN (SELECT entity_id FROM e)) AS periods,
       (SELECT count(*)::int FROM events WHERE action = 'task.import' AND data->>'fileName' = $1) AS imports`,
    [fileName, action],
  );
  return rows[0] as { events: number; tasks: number; periods: number; imports: number };
}

/**
 * Figure 8: a file of `rows` new tasks, dry run and commit; checks that every row was accepted
 * and that one task, one status period and one `task.create` event per row were written.
 * With `extend`, the same tasks are then re-imported with their due dates two weeks later (the
 * template downloaded with its tasks, edited, uploaded again): every row an update that closes
 * the task's status period and opens a new one, and writes a `task.extend` event.
 */
export async function importTasks(
  bench: BenchDatabase,
  rows: number,
  options: { login?: string; extend?: boolean } = {},
) {
  const viewer = await viewerByLogin(bench, options.login ?? 'bench.coordinator');
  const day = today();
  const { orgs } = await templateData(viewer, day, false);
  const t0 = performance.now();
  const bytes = await spreadsheet(orgs, rows, day, rows);
  const buildMs = Math.round(performance.now() - t0);
  const stamp = Date.now();
  const fileName = `bench-import-${rows}-${stamp}.xlsx`;
  const handlers = { ...taskImportHandlers(viewer, day), revalidate: () => {} };

  const created = await dryRunAndCommit(handlers, bytes, fileName, { create: rows, update: 0, unchanged: 0 });
  const check = await countWritten(bench, fileName, 'task.create');
  if (check.events !== rows || check.tasks !== rows || check.periods !== rows || check.imports !== 1)
    throw new Error(`import commit wrote ${JSON.stringify(check)}, expected ${rows} of each`);
  const create = { rows, buildMs, ...created, tasksWritten: check.tasks, periodsWritten: check.periods };
  if (!options.extend) return { create };

  const { rows: current } = await bench.query(
    `SELECT t.code, t.title, t.description, o.code AS assignee, t.due_on::text AS due_on, t.status, t.progress
     FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
     WHERE t.id IN (SELECT entity_id FROM events WHERE action = 'task.create' AND data->>'import' = $1)
     ORDER BY t.code`,
    [fileName],
  );
  const edited = await taskTemplate(
    orgs,
    current.map((t) => ({
      code: String(t.code),
      title: String(t.title),
      description: t.description === null ? null : String(t.description),
      assignee: String(t.assignee),
      dueOn: addDays(String(t.due_on), 14),
      status: t.status as TemplateTask['status'],
      progress: Number(t.progress),
      reason: 'Gia hạn theo đề nghị của đơn vị',
    })),
  );
  const extendName = `bench-extend-${rows}-${stamp}.xlsx`;
  const extended = await dryRunAndCommit(handlers, edited, extendName, {
    create: 0,
    update: rows,
    unchanged: 0,
  });
  const after = await countWritten(bench, extendName, 'task.extend');
  // each task now has its first period closed and a second one open
  if (after.events !== rows || after.tasks !== rows || after.periods !== 2 * rows || after.imports !== 1)
    throw new Error(
      `extension commit wrote ${JSON.stringify(after)}, expected ${rows} events and ${2 * rows} periods`,
    );
  return { create, extend: { rows, ...extended, periodsAfter: after.periods } };
}
