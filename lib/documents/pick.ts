import type { DocumentRecordKind } from '@/lib/domain/documents';
import type { RecordDocuments } from './types';

type Where = { kind: DocumentRecordKind; addressee?: string | null; explanation?: number | null };

/**
 * The part of a record's documents (and of its attach targets) that one section of its page shows:
 * a task's own documents, one supporting unit's part, one explanation request.
 */
export function pickDocuments(docs: RecordDocuments, where: (item: Where) => boolean): RecordDocuments {
  return {
    items: docs.items.filter((d) =>
      where({ kind: d.recordKind, addressee: d.addressee, explanation: d.explanation }),
    ),
    attach: docs.attach.filter((a) => where(a)),
  };
}
