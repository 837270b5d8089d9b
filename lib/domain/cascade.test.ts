import { describe, expect, it } from 'vitest';
import { childRollUp } from './cascade';

describe('the roll-up of a parent task', () => {
  it('counts completed, open and overdue children, and leaves cancelled ones out', () => {
    const rollUp = childRollUp(
      [
        { status: 'completed', dueOn: '2026-01-01' },
        { status: 'in_progress', dueOn: '2026-11-14' },
        { status: 'awaiting_confirmation', dueOn: '2026-11-15' },
        { status: 'cancelled', dueOn: '2026-01-01' },
      ],
      '2026-11-15',
    );
    expect(rollUp).toEqual({ counted: 3, completed: 1, overdue: 1, open: 2 });
  });

  it('is empty without children', () => {
    expect(childRollUp([], '2026-11-15')).toEqual({ counted: 0, completed: 0, overdue: 0, open: 0 });
  });
});
