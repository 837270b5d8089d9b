/**
 * The appendix of a Word report: the evidence documents (not withdrawn) of each task or
 * recommendation the report's filters hold, as the viewer reads them.
 */
export type AppendixDocument = {
  numberSymbol: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  issuer: string | null;
  title: string;
};

export type AppendixRecord = { code: string; title: string; documents: AppendixDocument[] };

export type Appendix = {
  records: AppendixRecord[];
  /** more documents than the appendix lists (APPENDIX_MAX_DOCUMENTS) */
  truncated: boolean;
};

/** A Word file stays readable: past this many documents the appendix says it lists the first ones. */
export const APPENDIX_MAX_DOCUMENTS = 2000;

/** Rows of (record, document), ordered by record, grouped into the appendix's records. */
export function groupAppendix(
  rows: ({ code: string; recordTitle: string } & AppendixDocument)[],
  max = APPENDIX_MAX_DOCUMENTS,
): Appendix {
  const records: AppendixRecord[] = [];
  for (const { code, recordTitle, ...doc } of rows.slice(0, max)) {
    const last = records[records.length - 1];
    if (last?.code === code) last.documents.push(doc);
    else records.push({ code, title: recordTitle, documents: [doc] });
  }
  return { records, truncated: rows.length > max };
}
