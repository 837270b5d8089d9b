/**
 * A process that updates task progress as fast as it can and prints "ack CODE VERSION" after
 * each committed update — to be killed with SIGKILL by tests/crash/crash.int.test.ts.
 */
import { eq } from 'drizzle-orm';
import { Pool } from 'pg';
import { db, setDatabase, wrapPool } from '@/db/index';
import { applyTaskAction } from '@/db/queries/task-writes';
import { tasks } from '@/db/schema';
import { setClock, today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';

setClock('2026-11-15T10:00:00+07:00');
setDatabase(wrapPool(new Pool({ connectionString: process.env.CRASH_DATABASE_URL, max: 4 })));

async function writer(login: string, code: string) {
  const viewer = await viewerFor(login);
  for (let i = 0; ; i++) {
    const [task] = await db.select({ version: tasks.version }).from(tasks).where(eq(tasks.code, code));
    const result = await applyTaskAction(
      viewer,
      { action: 'progress', code, version: task.version, progress: 10 + (i % 80), note: `crash ${i}` },
      today(),
    );
    if (result.ok) process.stdout.write(`ack ${code} ${task.version + 1}\n`);
  }
}

await Promise.all([
  writer('hp.mttq', 'NV-HP-05'),
  writer('hp.danvan', 'NV-HP-06'),
  writer('bnv', 'NV-BNV-01'),
]);
