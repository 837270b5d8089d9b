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
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';
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

function expectCounts(step: string, state: ImportState, status: ImportState['status'], rows: number) {
  const counts = state.summary?.counts;
  if (state.status !== status || counts?.create !== rows || state.summary?.errors.length) {
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

/**
 * Writes the file, then times the dry run and the commit; checks that every row was accepted
 * and that the commit wrote one task, one status period and one `task.create` event per row.
 */
export async function importTasks(bench: BenchDatabase, rows: number, login = 'bench.coordinator') {
  const viewer = await viewerByLogin(bench, login);
  const day = today();
  const { orgs } = await templateData(viewer, day, false);
  const t0 = performance.now();
  const bytes = await spreadsheet(orgs, rows, day, rows);
  const buildMs = Math.round(performance.now() - t0);
  const fileName = `bench-import-${rows}-${Date.now()}.xlsx`;
  const handlers = { ...taskImportHandlers(viewer, day), revalidate: () => {} };

  const dry = await withPeakRss(() => runImportAction(form(bytes, fileName, 'check'), handlers));
  expectCounts('dry run', dry.result, 'checked', rows);
  const commit = await withPeakRss(() =>
    runImportAction(form(bytes, fileName, 'commit', dry.result.summary?.versions), handlers),
  );
  expectCounts('commit', commit.result, 'done', rows);

  const { rows: written } = await bench.query(
    `SELECT count(*)::int AS events, count(t.id)::int AS tasks,
       (SELECT count(*)::int FROM task_status_periods p WHERE p.task_id IN
         (SELECT entity_id FROM events WHERE action = 'task.create' AND data->>'import' = $1)) AS periods,
       (SELECT count(*)::int FROM events WHERE action = 'task.import' AND data->>'fileName' = $1) AS imports
     FROM events e LEFT JOIN tasks t ON t.id = e.entity_id
     WHERE e.action = 'task.create' AND e.data->>'import' = $1`,
    [fileName],
  );
  const check = written[0];
  if (check.events !== rows || check.tasks !== rows || check.periods !== rows || check.imports !== 1)
    throw new Error(`import commit wrote ${JSON.stringify(check)}, expected ${rows} of each`);
  return {
    rows,
    fileKb: Math.round(bytes.length / 1024),
    buildMs,
    dryRunMs: dry.ms,
    commitMs: commit.ms,
    dryRunPeakRssMb: dry.peakRssMb,
    commitPeakRssMb: commit.peakRssMb,
    tasksWritten: check.tasks,
    periodsWritten: check.periods,
    eventsWritten: check.events,
  };
}
