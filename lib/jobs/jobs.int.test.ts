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

  it("two instances started together on one database share the queue: one time slot's job is worked once", async () => {
    let runs = 0;
    // as pg-boss's clock sends a cron's job: one per time slot, whichever instance sends it
    const SLOT = { singletonKey: 'shared', singletonSeconds: 3600 };
    const schedules = [{ name: 'shared', cron: '0 3 1 1 *', run: async () => void runs++ }];
    const [one, two] = await Promise.all([
      createJobs(databaseHandle(), { schedules, pollingIntervalSeconds: 0.5 }),
      createJobs(databaseHandle(), { schedules, pollingIntervalSeconds: 0.5 }),
    ]);
    started.push(one, two);
    // The slot is of the wall clock (pg-boss: floor(now() / 3600 s)): two sends that straddle the
    // end of an hour fall in two slots, each with its job. Sent in one slot, whatever the time.
    const slotMs = SLOT.singletonSeconds * 1000;
    const left = slotMs - (Date.now() % slotMs);
    if (left < 5_000) await new Promise((r) => setTimeout(r, left + 200));
    await Promise.all([one.send('shared', {}, SLOT), two.send('shared', {}, SLOT)]);
    for (let i = 0; i < 40 && runs === 0; i++) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs).toBe(1);
  });
});
