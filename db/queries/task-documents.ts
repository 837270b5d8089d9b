import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import type { AttachTarget, DocumentItem, RecordDocuments } from '@/lib/documents/types';
import type { DocumentRecordKind } from '@/lib/domain/documents';
import { can } from '@/lib/domain/permissions';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { PARTS_OPEN_IN } from './task-support';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

type Part = { id: number; code: string; nameVi: string; path: string };
type Explanation = { id: number; status: string };
/** a document row as the statement gives it (times in epoch milliseconds: json has no timestamp) */
type Row = Omit<DocumentItem, 'addressee' | 'explanation' | 'canEdit' | 'uploadedAt' | 'withdrawnAt'> & {
  recordId: number;
  addresseeOrgId: number | null;
  addresseeCode: string | null;
  uploadedAt: number;
  withdrawnAt: number | null;
};

const epochMs = (column: string) => sql.raw(`floor(extract(epoch FROM ${column}) * 1000)::float8`);

/**
 * A task's documents as documentsOf lists them — its updates and report, its supporting units'
 * parts (those of a unit no longer supporting it: kept, read-only), its explanation letters — and
 * where the viewer may attach one, in one statement: the task in the viewer's reach, its parts,
 * its explanation requests and the documents, where record by record (loadRecord for each part and
 * each request) took a round trip each. The rights are loadRecord's, applied to the rows read.
 */
export async function taskDocumentsOf(viewer: Viewer, code: string): Promise<RecordDocuments> {
  const [task] = await db
    .select({
      id: tasks.id,
      status: tasks.status,
      path: organizations.path,
      parts: sql<Part[]>`coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'code', o.code, 'nameVi', o.name_vi, 'path', o.path)
          ORDER BY o.code)
        FROM task_supporting_units s JOIN organizations o ON o.id = s.organization_id
        WHERE s.task_id = ${tasks.id}), '[]'::json)`,
      explanations: sql<Explanation[]>`coalesce((
        SELECT json_agg(json_build_object('id', e.id, 'status', e.status) ORDER BY e.id)
        FROM explanation_requests e WHERE e.task_id = ${tasks.id}), '[]'::json)`,
      documents: sql<Row[]>`coalesce((
        SELECT json_agg(json_build_object(
          'id', d.id, 'recordKind', d.record_kind, 'recordId', d.record_id,
          'addresseeOrgId', d.addressee_org_id, 'addresseeCode', a.code,
          'numberSymbol', d.number_symbol, 'issuedOn', d.issued_on::text, 'issuer', d.issuer,
          'title', d.title, 'fileName', d.file_name, 'size', d.size, 'uploadedBy', u.display_name,
          'uploadedAt', ${epochMs('d.uploaded_at')}, 'withdrawnAt', ${epochMs('d.withdrawn_at')},
          'withdrawnReason', d.withdrawn_reason, 'replacesId', d.replaces_id)
          ORDER BY d.uploaded_at DESC, d.id)
        FROM documents d
        JOIN users u ON u.id = d.uploaded_by_id
        LEFT JOIN organizations a ON a.id = d.addressee_org_id
        WHERE (d.record_kind IN ('task_update', 'completion_report', 'support_part') AND d.record_id = ${tasks.id})
          -- an array, not IN (subquery): both halves then read documents_record_idx
          OR (d.record_kind = 'explanation'
            AND d.record_id = ANY(ARRAY(SELECT e.id FROM explanation_requests e WHERE e.task_id = ${tasks.id})))
      ), '[]'::json)`,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)));
  if (!task) return { items: [], attach: [] };
  const actor = actorOf(viewer);
  const target = { path: task.path };
  const canEdit = can(actor, 'task.progress', target) || can(actor, 'task.edit', target);
  const attach: AttachTarget[] = canEdit
    ? (['task_update', 'completion_report'] as const).map((kind) => ({
        kind,
        addressee: null,
        addresseeName: null,
      }))
    : [];
  // a part's documents are edited by its unit (task.part) while the task is open
  const partsOpen = PARTS_OPEN_IN.includes(task.status);
  const unitRights = new Map<number, { code: string; canEdit: boolean }>();
  for (const part of task.parts) {
    const mayEdit = partsOpen && can(actor, 'task.part', { path: part.path });
    unitRights.set(part.id, { code: part.code, canEdit: mayEdit });
    if (mayEdit) attach.push({ kind: 'support_part', addressee: part.code, addresseeName: part.nameVi });
  }
  // an explanation's letter is attached by the unit that answers it, unless it was withdrawn
  const mayAnswer = can(actor, 'explanation.answer', target);
  const explanationRights = new Map<number, boolean>();
  for (const request of task.explanations) {
    const mayEdit = request.status !== 'withdrawn' && mayAnswer;
    explanationRights.set(request.id, mayEdit);
    if (mayEdit)
      attach.push({ kind: 'explanation', addressee: null, addresseeName: null, explanation: request.id });
  }
  const items = task.documents.flatMap((row): DocumentItem[] => {
    const { recordId, addresseeOrgId, addresseeCode, ...rest } = row;
    const doc = {
      ...rest,
      recordKind: row.recordKind as DocumentRecordKind,
      uploadedAt: new Date(row.uploadedAt),
      withdrawnAt: row.withdrawnAt === null ? null : new Date(row.withdrawnAt),
    };
    if (row.recordKind === 'explanation')
      return [{ ...doc, addressee: null, explanation: recordId, canEdit: !!explanationRights.get(recordId) }];
    if (addresseeOrgId === null) return [{ ...doc, addressee: null, explanation: null, canEdit }];
    const unit = unitRights.get(addresseeOrgId);
    if (unit) return [{ ...doc, addressee: unit.code, explanation: null, canEdit: unit.canEdit }];
    // a unit removed from the task's supporting units: its documents stay, read-only
    return row.recordKind === 'support_part' && addresseeCode
      ? [{ ...doc, addressee: addresseeCode, explanation: null, canEdit: false, former: true }]
      : [];
  });
  return { items, attach };
}
