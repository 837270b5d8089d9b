import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/api/cursor';
import { effectiveTaskSort, encodeTaskCursor, readTaskCursor } from './task-cursor';

describe('the tasks page cursor', () => {
  const key = { value: '2026-11-15', code: 'NV-HP-01' };

  it('reads back the key it wrote, for the sort it was made for', () => {
    const after = encodeTaskCursor(undefined, key);
    expect(readTaskCursor({ after }, undefined)).toEqual({ after: key, invalid: [] });
    expect(readTaskCursor({ after }, 'dueOn')).toEqual({ after: key, invalid: [] });
    const before = encodeTaskCursor('-title', { value: 'Tổng kết Nghị quyết', code: 'NV-1' });
    expect(readTaskCursor({ before }, '-title')).toEqual({
      before: { value: 'Tổng kết Nghị quyết', code: 'NV-1' },
      invalid: [],
    });
  });

  it('drops and reports a cursor of another sort, an edited one, or a value that does not fit the sort', () => {
    const after = encodeTaskCursor('dueOn', key);
    expect(readTaskCursor({ after }, '-dueOn')).toEqual({ invalid: ['after'] });
    expect(readTaskCursor({ after: after.slice(0, 12) }, 'dueOn').invalid).toEqual(['after']);
    expect(readTaskCursor({ after: 'not-a-cursor' }, 'dueOn').invalid).toEqual(['after']);
    const badDay = encodeCursor({ sort: 'dueOn', value: '2026-02-30', code: 'NV-1' });
    expect(readTaskCursor({ after: badDay }, 'dueOn').invalid).toEqual(['after']);
    // a day JavaScript takes and PostgreSQL refuses (no year 0): dropped, not a 500 from the cast
    const yearZero = encodeCursor({ sort: '-dueOn', value: '0000-01-01', code: 'NV-1' });
    expect(readTaskCursor({ before: yearZero }, '-dueOn').invalid).toEqual(['before']);
    expect(readTaskCursor({ after: [after, after] }, 'dueOn').invalid).toEqual(['after']);
  });

  it('takes `before` over `after`, and an unknown sort column is the due day', () => {
    const before = encodeTaskCursor('code', { value: 'NV-2', code: 'NV-2' });
    const after = encodeTaskCursor('code', { value: 'NV-1', code: 'NV-1' });
    expect(readTaskCursor({ before, after }, 'code')).toEqual({
      before: { value: 'NV-2', code: 'NV-2' },
      invalid: [],
    });
    expect(effectiveTaskSort('nothing')).toBe('dueOn');
    expect(effectiveTaskSort('-nothing')).toBe('-dueOn');
    expect(effectiveTaskSort('-status')).toBe('-status');
    expect(readTaskCursor({ after: encodeTaskCursor('nothing', key) }, 'nothing')).toEqual({
      after: key,
      invalid: [],
    });
  });
});
