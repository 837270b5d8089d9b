/**
 * A mail sender to be killed with SIGKILL by tests/crash/mail-outbox.int.test.ts: it delivers the
 * outbox once (SMTP_URL is a test server that never answers the mail's data), printing "sending"
 * before it starts.
 */
import { Pool } from 'pg';
import { setDatabase, wrapPool } from '@/db/index';
import { deliverPendingMails } from '@/db/queries/mail-outbox';

setDatabase(wrapPool(new Pool({ connectionString: process.env.CRASH_DATABASE_URL, max: 2 })));
process.stdout.write('sending\n');
await deliverPendingMails();
process.stdout.write('returned\n');
