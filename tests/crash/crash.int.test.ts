import { spawn } from 'node:child_process';
import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, tasks } from '@/db/schema';

const CODES = ['NV-HP-05', 'NV-HP-06', 'NV-BNV-01'];

async function state() {
  const rows = await db
    .select({ id: tasks.id, code: tasks.code, version: tasks.version })
    .from(tasks)
    .where(inArray(tasks.code, CODES));
  const result = new Map<string, { version: number; events: number }>();
  for (const row of rows) {
    const [{ n }] = await db
      .select({ n: count() })
      .from(events)
      .where(
        and(eq(events.entityId, row.id), eq(events.entityType, 'task'), eq(events.action, 'task.progress')),
      );
    result.set(row.code, { version: row.version, events: n });
  }
  return result;
}

// The embedded database is one process: a second process cannot write to it, so this runs on PostgreSQL.
describe.runIf(process.env.TEST_DRIVER === 'postgres')(
  'a writer killed with SIGKILL in the middle of a burst',
  () => {
    it('keeps every acknowledged update with its event, and no event without its change', async () => {
      const before = await state();
      // node itself (not the tsx wrapper, which would leave its child running when killed)
      const child = spawn(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', 'tests/crash/writer.ts'],
        {
          env: { ...process.env, CRASH_DATABASE_URL: process.env.TEST_FILE_DATABASE_URL },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const acked = new Map<string, number>();
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [, code, version] = line.split(' ');
          acked.set(code, Math.max(acked.get(code) ?? 0, Number(version)));
        }
      });
      // Kill it once it has acknowledged a good number of updates (or after 20 s at most).
      await new Promise<void>((resolve) => {
        const started = Date.now();
        const timer = setInterval(() => {
          const total = [...acked.values()].reduce((a, b) => a + b, 0);
          if (total > 60 || Date.now() - started > 20_000) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        }, 50);
      });
      await new Promise((resolve) => child.once('exit', resolve));

      const after = await state();
      expect(acked.size).toBeGreaterThan(0);
      for (const code of CODES) {
        const was = before.get(code)!;
        const now = after.get(code)!;
        // every acknowledged update is there…
        expect(
          now.version,
          `${code}: ${JSON.stringify({ was, now, acked: acked.get(code) })}`,
        ).toBeGreaterThanOrEqual(acked.get(code) ?? was.version);
        // …and each committed version bump has exactly one event, none without its change
        expect(now.events - was.events).toBe(now.version - was.version);
      }
    }, 60_000);
  },
);
