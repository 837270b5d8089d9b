/**
 * npm run bench:reminders  (after `npm run bench:data -- --tasks 100000`, DATABASE_URL set)
 * The daily reminder run on the benchmark data: 5,000 open tasks are made due tomorrow (lib/clock's
 * today + 1), the day's run is forgotten, then runDailyReminders(today) is timed — the due-soon
 * reminders and every weekly overdue reminder the data calls for, in one transaction.
 */
import { setDatabase } from '@/db/index';
import { runDailyReminders } from '@/db/queries/reminders';
import { today } from '@/lib/clock';
import { openBenchDatabase } from './generate';

const DUE_TOMORROW = 5000;

async function main() {
  const bench = openBenchDatabase();
  setDatabase(bench.handle);
  const day = today();
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await bench.query(sql, params)).rows[0].n);
  await bench.query(
    `UPDATE tasks SET due_on = $1::date + 1 WHERE id IN (
       SELECT id FROM tasks WHERE status IN ('not_started', 'in_progress') ORDER BY id LIMIT ${DUE_TOMORROW})`,
    [day],
  );
  await bench.query('DELETE FROM notifications WHERE day = $1::date', [day]);
  await bench.query('DELETE FROM reminder_runs WHERE day = $1::date', [day]);
  const facts = {
    tasks: await count('SELECT count(*) AS n FROM tasks'),
    dueTomorrow: await count(
      `SELECT count(*) AS n FROM tasks WHERE due_on = $1::date + 1 AND status IN ('not_started', 'in_progress')`,
      [day],
    ),
    overdue: await count(
      `SELECT count(*) AS n FROM tasks WHERE due_on < $1::date AND status IN ('not_started', 'in_progress')`,
      [day],
    ),
  };
  const started = performance.now();
  const result = await runDailyReminders(day);
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await runDailyReminders(day);
  const kinds = (
    await bench.query('SELECT kind, count(*) AS n FROM notifications WHERE day = $1::date GROUP BY kind', [
      day,
    ])
  ).rows;
  console.warn(
    JSON.stringify(
      {
        driver: bench.driver,
        day,
        ...facts,
        run: { ...result, seconds: Number(seconds.toFixed(2)) },
        secondRun: { ...second, ms: Math.round(performance.now() - again) },
        kinds,
      },
      null,
      2,
    ),
  );
  await bench.handle.close();
}

await main();
