import type { DocumentRecordKind } from '@/lib/domain/documents';

/** A document as a record's page lists it. */
export type DocumentItem = {
  id: string;
  recordKind: DocumentRecordKind;
  /** for an answer: the addressee's code; for a supporting part: the unit's code */
  addressee: string | null;
  /** for an explanation: the request's id */
  explanation: number | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  fileName: string;
  size: number;
  uploadedBy: string;
  uploadedAt: Date;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  replacesId: string | null;
  /** a part's document of a unit that is no longer a supporting unit of the task (kept, read-only) */
  former?: boolean;
  /** may the viewer correct or withdraw it */
  canEdit: boolean;
};

/**
 * Where the viewer may attach a new document on this page: a kind, and an addressee for answers
 * (the unit for a supporting part), a request's id for explanations.
 */
export type AttachTarget = {
  kind: DocumentRecordKind;
  addressee: string | null;
  addresseeName: string | null;
  explanation?: number | null;
};

export type RecordDocuments = { items: DocumentItem[]; attach: AttachTarget[] };
