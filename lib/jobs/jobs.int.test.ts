import { afterAll, describe, expect, it } from 'vitest';
import { databaseHandle } from '@/db/index';
import { createJobs } from './index';

describe('the job queue on the application database', () => {
  const started: { stop: (o: object) => Promise<void> }[] = [];
  afterAll(async () => {
    for (const boss of started) await boss.stop({ graceful: false, wait: true, close: true });
  });

  it('installs its schema, registers the schedules in Asia/Ho_Chi_Minh and works a job', async () => {
    let runs = 0;
    const boss = await createJobs(databaseHandle(), {
      schedules: [{ name: 'probe', cron: '0 3 1 1 *', run: async () => void runs++ }],
      pollingIntervalSeconds: 0.5,
    });
    started.push(boss);
    const schedules = await boss.getSchedules();
    expect(
      schedules.map((s) => [s.name, s.cron, s.options?.tz ?? (s as { timezone?: string }).timezone]),
    ).toEqual([['probe', '0 3 1 1 *', 'Asia/Ho_Chi_Minh']]);
    await boss.send('probe', {});
    for (let i = 0; i < 40 && runs === 0; i++) await new Promise((r) => setTimeout(r, 250));
    expect(runs).toBe(1);
  });
});
