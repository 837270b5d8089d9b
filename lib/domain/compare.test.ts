import { describe, expect, it } from 'vitest';
import { compareChoices, difference, headlineNumbers, startOf } from './compare';

describe('the quick choices of a compare day', () => {
  it('are the start of the month, quarter and year of the as-of day', () => {
    expect(startOf('month', '2026-11-15')).toBe('2026-11-01');
    expect(startOf('quarter', '2026-11-15')).toBe('2026-10-01');
    expect(startOf('quarter', '2026-03-31')).toBe('2026-01-01');
    expect(startOf('quarter', '2026-07-01')).toBe('2026-07-01');
    expect(startOf('year', '2026-11-15')).toBe('2026-01-01');
    expect(compareChoices('2026-11-15')).toEqual([
      { choice: 'month', day: '2026-11-01' },
      { choice: 'quarter', day: '2026-10-01' },
      { choice: 'year', day: '2026-01-01' },
    ]);
  });

  it('leave out a start that is the as-of day itself (a comparison looks back)', () => {
    expect(compareChoices('2026-10-01')).toEqual([{ choice: 'year', day: '2026-01-01' }]);
    expect(compareChoices('2026-01-01')).toEqual([]);
  });
});

describe('the change since the compare day', () => {
  it('is now minus then, field by field, and unknown when a rate is undefined', () => {
    expect(difference({ a: 12, b: 0.5, c: null }, { a: 5, b: 0.25, c: 0.1 })).toEqual({
      a: 7,
      b: 0.25,
      c: null,
    });
  });

  it('covers every headline figure, rates included', () => {
    const counts = (done: number, overdue: number) => ({
      tasks: {
        completed_on_time: done,
        completed_late: 1,
        in_progress_on_time: 2,
        overdue,
        total: done + 3 + overdue,
        awaitingConfirmation: 1,
        dueOrCompleted: done + 1 + overdue,
      },
      recommendations: { total: 4, answered: done, replyOverdue: 1 },
    });
    const now = headlineNumbers(counts(6, 1));
    const then = headlineNumbers(counts(2, 3));
    const change = difference(now, then);
    expect(change.completed).toBe(4);
    expect(change.notCompleted).toBe(-2);
    expect(change.tasksTotal).toBe(2);
    expect(change.answered).toBe(4);
    expect(change.completionRate).toBeCloseTo(7 / 10 - 3 / 8);
  });
});
