import { startCopy } from '@/db/copy';
import { auditBatches, auditExportQuery, recordAuditExport } from '@/db/queries/audit';
import { readDatabase, readRowsFrom } from '@/db/read-database';
import { actorOf } from '@/lib/auth/actor';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import {
  AUDIT_HEADER,
  auditCells,
  auditCsvLinesQuery,
  csvLinesStream,
  csvStream,
} from '@/lib/export/audit-csv';
import { parseAuditParams } from '@/lib/validations/audit';

/** Events per database batch of the export: a thousand made a million-row export 1,000 queries. */
const EXPORT_BATCH = 5_000;

/** The audit log as CSV, streamed from the database (or its read replica) in batches: it may be a million rows. */
export async function GET(request: Request): Promise<Response> {
  const viewer = await findViewer();
  if (!viewer) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (isHeldBack(viewer) || !can(actorOf(viewer), 'audit.read', { path: viewer.scope.path })) {
    return Response.json({ error: 'not_found' }, { status: 404 });
  }
  const params = parseAuditParams(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) {
    return Response.json(
      { error: 'invalid', fields: params.error.issues.map((i) => i.path.join('.')) },
      { status: 400 },
    );
  }
  // The replica when it is usable (db/read-database.ts), chosen before the export records itself:
  // that event is the viewer's own newest write, which a replica cannot hold yet.
  const source = await readDatabase(viewer);
  await recordAuditExport(viewer, params.data);
  async function* rows() {
    for await (const batch of readRowsFrom(source, auditBatches(viewer!, params.data!, EXPORT_BATCH))) {
      yield batch.map(auditCells);
    }
  }
  // On PostgreSQL the database writes the lines itself (COPY); else, or while the pool's COPY
  // connections are all taken, they are written here. The request's signal gives the COPY's
  // connection back if the client leaves before the body is read.
  const copy = await startCopy(source.handle, auditCsvLinesQuery(auditExportQuery(viewer, params.data)), {
    signal: request.signal,
  });
  const body = copy ? csvLinesStream(AUDIT_HEADER, copy) : csvStream(AUDIT_HEADER, rows());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${today()}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
