import 'server-only';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import type { AttachTarget, DocumentItem, RecordDocuments } from '@/lib/documents/types';
import { type DocumentRecordKind, UNIT_DOCUMENT_KINDS } from '@/lib/domain/documents';
import type {
  DocumentMetaInput,
  DocumentUploadInput,
  DocumentWithdrawInput,
} from '@/lib/validations/documents';
import { db, type Executor } from '../index';
import { documents, organizations, recommendationAddressees, users } from '../schema';
import { loadRecord, type RecordAccess, type RecordRef, recordRefOf } from './document-records';
import { recordEvent } from './events';
import { abort, runWrite, type WriteResult } from './recommendation-writes';
import { taskDocumentsOf } from './task-documents';
import type { Viewer } from './viewer';

/**
 * Evidence documents (metadata; the bytes are in a BlobStore): attached, listed, downloaded,
 * corrected and withdrawn through the visibility and the edit rights of the record each belongs
 * to. Every one of those, and every refusal, writes an event.
 */

export type StoredFile = { fileName: string; mediaType: string; size: number; sha256: string };

const refOf = (
  input: Pick<DocumentUploadInput, 'recordKind' | 'record' | 'addressee' | 'explanation'>,
): RecordRef => ({
  kind: input.recordKind,
  code: input.record,
  addressee: (UNIT_DOCUMENT_KINDS as readonly string[]).includes(input.recordKind) ? input.addressee : null,
  explanation: input.recordKind === 'explanation' ? input.explanation : null,
});

/** A document row with its record, read again through the viewer's reach. */
async function loadDocument(tx: Executor, viewer: Viewer, id: string) {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, id));
  if (!doc) return null;
  const ref = await recordRefOf(tx, doc.recordKind, doc.recordId, doc.addresseeOrgId);
  // a removed supporting unit's documents stay readable (and no one's to edit)
  const access = ref && (await loadRecord(tx, viewer, ref, { former: true }));
  if (!ref || !access) return null;
  return { doc, ref, access };
}

function eventOf(
  viewer: Viewer,
  access: RecordAccess | null,
  id: string | null,
  action: string,
  data: object,
) {
  return {
    actorId: viewer.id,
    organizationId: access?.orgId ?? viewer.org.id,
    entityType: 'document',
    entityCode: id,
    action,
    data: data as Record<string, unknown>,
  };
}

/** May the viewer attach a document to this record? (checked before the bytes are stored) */
export async function checkAttach(
  viewer: Viewer,
  input: DocumentUploadInput,
): Promise<'ok' | 'not_found' | 'forbidden'> {
  const access = await loadRecord(db, viewer, refOf(input));
  if (!access) return 'not_found';
  return access.canEdit ? 'ok' : 'forbidden';
}

/** The document row and its event, in one transaction, once the bytes are in the store. */
export async function createDocument(
  viewer: Viewer,
  input: DocumentUploadInput,
  file: StoredFile,
): Promise<WriteResult<{ id: string }>> {
  return runWrite(async (tx) => {
    const ref = refOf(input);
    // the part's (the request's) row held until commit: no removal (withdrawal) slips in between
    const access = await loadRecord(tx, viewer, ref, { lock: true });
    if (!access) abort('not_found');
    if (!access.canEdit) abort('forbidden');
    if (input.replaces) {
      // a new version replaces a document of the same record
      const [old] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(
          and(
            eq(documents.id, input.replaces),
            eq(documents.recordKind, ref.kind),
            eq(documents.recordId, access.recordId),
            // an answer's (a part's) new version replaces one of the same addressee (unit) only
            access.addresseeOrgId === null
              ? isNull(documents.addresseeOrgId)
              : eq(documents.addresseeOrgId, access.addresseeOrgId),
          ),
        );
      if (!old) abort('not_found');
    }
    const [row] = await tx
      .insert(documents)
      .values({
        recordKind: ref.kind,
        recordId: access.recordId,
        addresseeOrgId: access.addresseeOrgId,
        numberSymbol: input.numberSymbol,
        issuedOn: input.issuedOn,
        issuer: input.issuer,
        title: input.title,
        ...file,
        uploadedById: viewer.id,
        // the app's clock, as every other dated fact: an as-of report reads it
        uploadedAt: now(),
        replacesId: input.replaces,
      })
      .returning({ id: documents.id });
    await recordEvent(
      tx,
      eventOf(viewer, access, row.id, 'document.upload', {
        record: ref,
        title: input.title,
        numberSymbol: input.numberSymbol,
        ...file,
        ...(input.replaces ? { replaces: input.replaces } : {}),
      }),
    );
    return { id: row.id };
  });
}

/** An upload or a download refused after the viewer was known: why, and what was tried. */
export async function recordDocumentRefusal(viewer: Viewer, reason: string, data: Record<string, unknown>) {
  await recordEvent(db, eventOf(viewer, null, null, 'document.refused', { reason, ...data }));
}

export async function withdrawDocument(viewer: Viewer, input: DocumentWithdrawInput): Promise<WriteResult> {
  return runWrite(async (tx) => {
    const found = await loadDocument(tx, viewer, input.id);
    if (!found) abort('not_found');
    if (!found.access.canEdit) abort('forbidden');
    const changed = await tx
      .update(documents)
      .set({ withdrawnAt: now(), withdrawnById: viewer.id, withdrawnReason: input.reason })
      .where(and(eq(documents.id, input.id), isNull(documents.withdrawnAt)))
      .returning({ id: documents.id });
    if (changed.length === 0) abort('conflict');
    await recordEvent(
      tx,
      eventOf(viewer, found.access, input.id, 'document.withdraw', {
        reason: input.reason,
        record: found.ref,
      }),
    );
    return {};
  });
}

export async function editDocumentMeta(viewer: Viewer, input: DocumentMetaInput): Promise<WriteResult> {
  return runWrite(async (tx) => {
    const found = await loadDocument(tx, viewer, input.id);
    if (!found) abort('not_found');
    if (!found.access.canEdit) abort('forbidden');
    const { id, ...meta } = input;
    const before = {
      numberSymbol: found.doc.numberSymbol,
      issuedOn: found.doc.issuedOn,
      issuer: found.doc.issuer,
      title: found.doc.title,
    };
    await tx
      .update(documents)
      .set({ ...meta, updatedById: viewer.id, updatedAt: now() })
      .where(eq(documents.id, id));
    await recordEvent(tx, eventOf(viewer, found.access, id, 'document.edit', { before, after: meta }));
    return {};
  });
}

export type DownloadableDocument = StoredFile & { id: string };

/**
 * The document the viewer may download, with its download event written; null (404) when its
 * record is out of reach, or when it was withdrawn and the viewer is not an admin.
 */
export async function openDocument(viewer: Viewer, id: string): Promise<DownloadableDocument | null> {
  const found = await loadDocument(db, viewer, id);
  if (!found || (found.doc.withdrawnAt && viewer.role !== 'admin')) {
    await recordDocumentRefusal(viewer, 'download_not_found', { id });
    return null;
  }
  const { doc } = found;
  await recordEvent(
    db,
    eventOf(viewer, found.access, id, 'document.download', {
      sha256: doc.sha256,
      withdrawn: !!doc.withdrawnAt,
    }),
  );
  return { id, fileName: doc.fileName, mediaType: doc.mediaType, size: doc.size, sha256: doc.sha256 };
}

const KINDS_OF: Record<'task' | 'recommendation' | 'session', DocumentRecordKind[]> = {
  task: ['task_update', 'completion_report'],
  recommendation: ['recommendation', 'answer'],
  session: ['session'],
};

/** The record's addressees (answers) as refs, with their names, for a recommendation. */
async function addresseesOf(recordId: number) {
  return db
    .select({ code: organizations.code, nameVi: organizations.nameVi, id: organizations.id })
    .from(recommendationAddressees)
    .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
    .where(eq(recommendationAddressees.recommendationId, recordId))
    .orderBy(asc(organizations.code));
}

/**
 * The documents of one record (a task's updates and report, its supporting units' parts and its
 * explanations: taskDocumentsOf; a recommendation's letter and its answers; a session), newest
 * first, and where the viewer may attach one; empty when the record is out of reach.
 */
export async function documentsOf(
  viewer: Viewer,
  record: 'task' | 'recommendation' | 'session',
  code: string,
): Promise<RecordDocuments> {
  // a task's in one statement (its parts and explanation requests with it)
  if (record === 'task') return taskDocumentsOf(viewer, code);
  const kinds = KINDS_OF[record];
  const access = await loadRecord(db, viewer, { kind: kinds[0], code, addressee: null });
  if (!access) return { items: [], attach: [] };
  const attach: AttachTarget[] = access.canEdit
    ? kinds.filter((k) => k !== 'answer').map((kind) => ({ kind, addressee: null, addresseeName: null }))
    : [];
  /** an answer's document is edited by whoever may answer for its addressee */
  const unitRights = new Map<number, { code: string; canEdit: boolean }>();
  const unitKind = 'answer';
  const units = record === 'recommendation' ? await addresseesOf(access.recordId) : [];
  for (const unit of units) {
    const ref = { kind: unitKind, code, addressee: unit.code } as const;
    const unitAccess = await loadRecord(db, viewer, ref);
    unitRights.set(unit.id, { code: unit.code, canEdit: !!unitAccess?.canEdit });
    if (unitAccess?.canEdit)
      attach.push({ kind: unitKind, addressee: unit.code, addresseeName: unit.nameVi });
  }
  const ofRecord = and(inArray(documents.recordKind, kinds), eq(documents.recordId, access.recordId));
  const rows = await db
    .select({
      id: documents.id,
      recordKind: documents.recordKind,
      recordId: documents.recordId,
      addresseeOrgId: documents.addresseeOrgId,
      numberSymbol: documents.numberSymbol,
      issuedOn: documents.issuedOn,
      issuer: documents.issuer,
      title: documents.title,
      fileName: documents.fileName,
      size: documents.size,
      uploadedBy: users.displayName,
      uploadedAt: documents.uploadedAt,
      withdrawnAt: documents.withdrawnAt,
      withdrawnReason: documents.withdrawnReason,
      replacesId: documents.replacesId,
    })
    .from(documents)
    .innerJoin(users, eq(users.id, documents.uploadedById))
    .where(ofRecord)
    .orderBy(desc(documents.uploadedAt), asc(documents.id));
  // an answer of a unit no longer an addressee has no record left to show it under
  const items = rows.flatMap(({ addresseeOrgId, recordId: _, ...row }): DocumentItem[] => {
    if (addresseeOrgId === null)
      return [{ ...row, addressee: null, explanation: null, canEdit: access.canEdit }];
    const unit = unitRights.get(addresseeOrgId);
    return unit ? [{ ...row, addressee: unit.code, explanation: null, canEdit: unit.canEdit }] : [];
  });
  return { items, attach };
}

/**
 * The number of documents in force (not withdrawn) of a task or recommendation row, for lists and
 * exports: as the record's page lists them to its readers — a task's updates and report, the parts
 * of its current supporting units, its explanation letters; a recommendation's letter and the answers
 * of its current addressees.
 */
export function documentCountSql(record: 'task' | 'recommendation', id: SQL | unknown): SQL<number> {
  return sql<number>`(SELECT count(*)::int FROM documents dc WHERE dc.withdrawn_at IS NULL
    AND ${documentOfRecordSql(record, sql`dc`, id)})`;
}

/**
 * The condition that the document `d` (an alias) is evidence of the task (recommendation) `id`,
 * as its page shows it to the record's readers; shared by the counts and the Word appendix.
 */
export function documentOfRecordSql(record: 'task' | 'recommendation', d: SQL, id: SQL | unknown): SQL {
  if (record === 'recommendation') {
    return sql`${d}.record_id = ${id} AND (${d}.record_kind = 'recommendation'
      OR (${d}.record_kind = 'answer' AND EXISTS (SELECT 1 FROM recommendation_addressees ra
        WHERE ra.recommendation_id = ${id} AND ra.organization_id = ${d}.addressee_org_id)))`;
  }
  return sql`((${d}.record_kind IN ('task_update', 'completion_report') AND ${d}.record_id = ${id})
    OR (${d}.record_kind = 'support_part' AND ${d}.record_id = ${id} AND EXISTS (SELECT 1
      FROM task_supporting_units su WHERE su.task_id = ${id} AND su.organization_id = ${d}.addressee_org_id))
    OR (${d}.record_kind = 'explanation'
      AND ${d}.record_id IN (SELECT e.id FROM explanation_requests e WHERE e.task_id = ${id})))`;
}
