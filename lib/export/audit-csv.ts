import type { SQL } from 'drizzle-orm';
import type { AuditExportRow } from '@/db/queries/audit';
import { type CsvLines, csvLine } from './csv';
import { csvLinesQuery, isoInstantSql } from './csv-sql';
import { type Column, neutralizeFormula } from './table';

export type CsvCell = string | number | null | undefined;

const CHUNK = 64 * 1024;

/**
 * Rows (in batches, as they come from the database) to a CSV byte stream for Excel: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends, text neutralised against formula injection.
 *
 * A pull stream: the next batch is read only when the response has taken the last chunk, so a
 * million-row export holds one batch and one chunk, however slow the client (issue #8).
 */
export function csvStream(header: string[], batches: AsyncIterable<CsvCell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = batches[Symbol.asyncIterator]();
  let pending = `\ufeff${csvLine(header.map(neutralizeFormula))}`;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length < CHUNK) {
        const next = await source.next();
        if (next.done) {
          if (pending) controller.enqueue(encoder.encode(pending));
          controller.close();
          return;
        }
        for (const row of next.value) pending += csvLine(row.map(csvCell));
      }
      controller.enqueue(encoder.encode(pending));
      pending = '';
    },
    async cancel() {
      await source.return?.();
    },
  });
}

function csvCell(cell: CsvCell): string | number {
  return typeof cell === 'string' ? neutralizeFormula(cell) : (cell ?? '');
}

/** The audit CSV's columns: a log for machines, so its headers are field names, in English. */
export const AUDIT_COLUMNS: Column[] = [
  { key: 'id', header: 'id', kind: 'int' },
  { key: 'at', header: 'at_utc', kind: 'text' },
  { key: 'actor', header: 'actor', kind: 'text' },
  { key: 'organization', header: 'organization', kind: 'text' },
  { key: 'entityType', header: 'entity_type', kind: 'text' },
  { key: 'entityCode', header: 'entity_code', kind: 'text' },
  { key: 'action', header: 'action', kind: 'text' },
  { key: 'from', header: 'from', kind: 'text' },
  { key: 'to', header: 'to', kind: 'text' },
  { key: 'data', header: 'data', kind: 'text' },
];

export const AUDIT_HEADER = AUDIT_COLUMNS.map((c) => c.header);

/** One event's cells, in the order of AUDIT_COLUMNS; its data as PostgreSQL's JSON text. */
export function auditCells(e: AuditExportRow): CsvCell[] {
  return [
    e.id,
    e.at.toISOString(),
    e.actorLogin,
    e.orgCode,
    e.entityType,
    e.entityCode,
    e.action,
    e.fromValue,
    e.toValue,
    e.data,
  ];
}

type AuditField =
  | 'id'
  | 'at'
  | 'actor_login'
  | 'org_code'
  | 'entity_type'
  | 'entity_code'
  | 'action'
  | 'from_value'
  | 'to_value'
  | 'data';

/** auditCells in SQL: the lines of the events of `rows` (db/queries/audit.ts, auditExportQuery). */
export function auditCsvLinesQuery(rows: SQL): SQL {
  return csvLinesQuery<AuditField>(
    rows,
    AUDIT_COLUMNS,
    (e) => ({
      id: e('id'),
      at: isoInstantSql(e('at')),
      actor: e('actor_login'),
      organization: e('org_code'),
      entityType: e('entity_type'),
      entityCode: e('entity_code'),
      action: e('action'),
      from: e('from_value'),
      to: e('to_value'),
      data: e('data'),
    }),
    // most events carry data, a JSON object, always quoted: few rows would pass a test of the row
    { testRows: false },
  );
}

/**
 * Lines the database wrote (`COPY`), as the same pull stream as csvStream: the byte-order mark
 * and the header, then each chunk when the response has taken the last; closed however it ends.
 */
export function csvLinesStream(header: string[], lines: CsvLines): ReadableStream<Uint8Array> {
  const source = lines[Symbol.asyncIterator]();
  let started = false;
  const close = () => lines.close();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(new TextEncoder().encode(`\ufeff${csvLine(header.map(neutralizeFormula))}`));
          return;
        }
        const next = await source.next();
        if (next.done) {
          await close();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (error) {
        await close().catch(() => {});
        controller.error(error);
      }
    },
    async cancel() {
      await close();
    },
  });
}
