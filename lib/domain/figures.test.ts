import { describe, expect, it } from 'vitest';
import { monthsSplitBy, periodEnds, rates } from './figures';

describe('rates', () => {
  it('follows DESIGN.md’s definitions', () => {
    const r = rates({ completed_on_time: 3, completed_late: 1, in_progress_on_time: 4, overdue: 2 }, 6);
    expect(r).toEqual({
      counted: 10,
      completed: 4,
      notCompleted: 6,
      completionRate: 0.4,
      overdueRate: 0.2,
      onTimeRate: 0.75,
      rankingRate: 0.5,
    });
  });

  it('gives no rate, rather than a division by zero, when nothing is counted', () => {
    const r = rates({ completed_on_time: 0, completed_late: 0, in_progress_on_time: 0, overdue: 0 }, 0);
    expect(r.completionRate).toBeNull();
    expect(r.onTimeRate).toBeNull();
  });
});

describe('periodEnds', () => {
  it('ends weeks on Sundays and caps the last at the end day', () => {
    expect(periodEnds('2024-05-29', '2024-06-12', 'week')).toEqual([
      '2024-06-02',
      '2024-06-09',
      '2024-06-12',
    ]);
  });

  it('ends months on their last day, February included', () => {
    expect(periodEnds('2024-01-15', '2024-03-10', 'month')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-10',
    ]);
  });
});

describe('monthsSplitBy', () => {
  it('names the months a day falls inside of, once each, and leaves a month whole at its last day', () => {
    expect(
      monthsSplitBy(['2024-01-31', '2024-02-28', '2024-02-29', '2024-03-10', '2024-03-17', '2024-12-31']),
    ).toEqual(['2024-02-01', '2024-03-01']);
    expect(monthsSplitBy(['2023-02-28', '2024-04-30'])).toEqual([]);
    expect(monthsSplitBy([])).toEqual([]);
  });
});
