import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays } from '@/lib/clock';
import { deadlineClass, TASK_STATUSES, type TaskStatus } from '@/lib/domain/tasks';
import { deadlineClassOfFlags, deadlineClassSql } from './figures';

const day = fc.integer({ min: -400, max: 400 }).map((offset) => addDays('2025-06-15', offset));
const task = fc.record({
  status: fc.constantFrom(...TASK_STATUSES),
  dueOn: day,
  completedOn: fc.option(day, { nil: null }),
});

describe('deadline class: the TypeScript function and the SQL expression agree', () => {
  it('on random dates, statuses and as-of days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(task, { minLength: 1, maxLength: 40 }), day, async (rows, asOf) => {
        const values = sql.join(
          rows.map(
            (r, i) => sql`(${i}::int, ${r.status}::task_status, ${r.dueOn}::date, ${r.completedOn}::date)`,
          ),
          sql`, `,
        );
        const expression = deadlineClassSql(
          { status: sql.raw('t.status'), dueOn: sql.raw('t.due_on'), completedOn: sql.raw('t.completed_on') },
          asOf,
        );
        const result = await selectRows<{ i: number; cls: string | null }>(
          db,
          sql`SELECT t.i, ${expression} AS cls FROM (VALUES ${values}) AS t(i, status, due_on, completed_on) ORDER BY t.i`,
        );
        const fromSql = result.map((r) => r.cls);
        const fromTs = rows.map((r) => deadlineClass({ ...r, status: r.status as TaskStatus }, asOf));
        expect(fromSql).toEqual(fromTs);
      }),
      { numRuns: 60 },
    );
  });

  it('the class from grouped comparisons equals the class from the dates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(task, { minLength: 1, maxLength: 40 }), day, async (rows, asOf) => {
        const values = sql.join(
          rows.map(
            (r, i) => sql`(${i}::int, ${r.status}::task_status, ${r.dueOn}::date, ${r.completedOn}::date)`,
          ),
          sql`, `,
        );
        const fromDates = deadlineClassSql(
          { status: sql.raw('t.status'), dueOn: sql.raw('t.due_on'), completedOn: sql.raw('t.completed_on') },
          asOf,
        );
        const fromFlags = deadlineClassOfFlags(
          sql.raw('t.status'),
          sql`(t.due_on < ${asOf}::date)`,
          sql.raw('(t.completed_on <= t.due_on)'),
        );
        const result = await selectRows<{ a: string | null; b: string | null }>(
          db,
          sql`SELECT ${fromDates} AS a, ${fromFlags} AS b FROM (VALUES ${values}) AS t(i, status, due_on, completed_on)`,
        );
        for (const r of result) expect(r.b).toBe(r.a);
      }),
      { numRuns: 40 },
    );
  });

  it('treats a task due today as within its deadline, and due yesterday as overdue', () => {
    expect(
      deadlineClass({ status: 'in_progress', dueOn: '2026-11-15', completedOn: null }, '2026-11-15'),
    ).toBe('in_progress_on_time');
    expect(
      deadlineClass({ status: 'not_started', dueOn: '2026-11-14', completedOn: null }, '2026-11-15'),
    ).toBe('overdue');
  });
});
