import { describe, expect, it } from 'vitest';
import { parseAuditParams, readAuditParams } from './audit';

describe('the audit day filter', () => {
  it('refuses a day that does not exist instead of rolling it into the next month', () => {
    // 2024-02-31 once became 2 March and filtered the log on the wrong day
    expect(parseAuditParams({ from: '2024-02-31' }).success).toBe(false);
    expect(parseAuditParams({ to: '2023-02-29' }).success).toBe(false);
    expect(readAuditParams({ from: '2024-02-31', to: '2024-03-02' })).toEqual({ to: '2024-03-02' });
  });

  it('keeps a real day', () => {
    expect(parseAuditParams({ from: '2024-02-29' })).toMatchObject({
      success: true,
      data: { from: '2024-02-29' },
    });
  });
});
