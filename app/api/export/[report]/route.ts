import type { NextRequest } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { startCopy } from '@/db/copy';
import { db } from '@/db/index';
import { recordEvent } from '@/db/queries/events';
import { documentDefaults, listReviews, organizationInScope } from '@/db/queries/reference';
import { recommendationAppendix, taskAppendix } from '@/db/queries/report-documents';
import { readDatabase, readFrom, readRowsFrom } from '@/db/read-database';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { now, today } from '@/lib/clock';
import { APPENDIX_MAX_DOCUMENTS } from '@/lib/export/appendix';
import { writeCsv, writeCsvLines } from '@/lib/export/csv';
import { documentWords, writeDocx } from '@/lib/export/docx';
import { appendixWords } from '@/lib/export/docx-appendix';
import { placeDateLine } from '@/lib/export/official-date';
import { type ExportFormat, plainError, streamDownload } from '@/lib/export/respond';
import { exportFileName } from '@/lib/export/table';
import { writeXlsx } from '@/lib/export/xlsx';
import { figureView } from '@/lib/figure-filters';
import { formatDate } from '@/lib/format';
import { defaultSubject } from '@/lib/reports/default-subject';
import { describeFilters, exportTimestamp } from '@/lib/reports/describe-filters';
import { DOCUMENT_FIELDS, DocumentForm, EXPORT_FORMATS } from '@/lib/validations/export';
import { parseListParams } from '@/lib/validations/filters';

export const dynamic = 'force-dynamic';

/** GET /api/export/<report>?format=xlsx|csv|docx&<the page's filters>[&<Word form fields>] */
export async function GET(request: NextRequest, { params }: { params: Promise<{ report: string }> }) {
  const viewer = await findViewer();
  const t = await getTranslations();
  if (!viewer) return plainError(401, t('reports.errors.unauthorized'));
  if (isHeldBack(viewer)) return plainError(403, t('reports.errors.heldBack'));
  const locale = await getLocale();
  const { report } = await params;
  const definition = Object.hasOwn(REPORTS, report) ? REPORTS[report] : undefined;
  if (!definition) return plainError(404, t('reports.errors.badTable'));

  const search = request.nextUrl.searchParams;
  const format = search.get('format') as ExportFormat | null;
  if (!format || !EXPORT_FORMATS.includes(format) || (definition.kind === 'list' && format === 'docx')) {
    return plainError(400, t('reports.errors.badFormat'));
  }
  const filterEntries = [...search.entries()].filter(
    ([key]) => key !== 'format' && !(DOCUMENT_FIELDS as readonly string[]).includes(key),
  );
  const filters = parseListParams(Object.fromEntries(filterEntries));
  const form = DocumentForm.safeParse(
    Object.fromEntries(DOCUMENT_FIELDS.filter((f) => search.has(f)).map((f) => [f, search.get(f)])),
  );
  if (!filters.success || !form.success) {
    const names = [...(filters.error?.issues ?? []), ...(form.error?.issues ?? [])].map((i) =>
      String(i.path[0]),
    );
    const compare = filters.error?.issues.find((i) => i.path[0] === 'compare');
    const because = !compare
      ? ''
      : ` ${t(compare.message === 'errors.compareNotBefore' ? 'reports.errors.compareNotBefore' : 'reports.errors.compareBadDate')}`;
    return plainError(
      400,
      t('reports.errors.badParams', { names: [...new Set(names)].join(', ') }) + because,
    );
  }
  const view = figureView(filters.data);
  if (view.org && !(await organizationInScope(viewer, view.org)))
    return plainError(404, t('reports.errors.badTable'));

  const meta = {
    filters: describeFilters(view, t, definition.kind === 'summary' && definition.compares === true),
    asOf: formatDate(view.asOf),
    exportedAt: exportTimestamp(now()),
    exportedBy: `${viewer.name} (${viewer.login})`,
  };
  // Recorded before the first byte leaves (the row count is not known then: the rows stream).
  const recordExport = (rows?: number) =>
    recordEvent(db, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'report',
      entityCode: report,
      action: 'report.export',
      data: {
        report,
        format,
        filters: Object.fromEntries(filterEntries),
        ...(rows === undefined ? {} : { rows }),
      },
    });
  // The figures and rows may come from the read replica; the export's event goes to the primary.
  const source = await readDatabase(viewer);
  const labels = {
    filters: t('reports.meta.filters'),
    asOf: t('reports.meta.asOf'),
    exportedAt: t('reports.meta.exportedAt'),
    exportedBy: t('reports.meta.exportedBy'),
    total: t('reports.meta.total'),
    sheet: t('reports.sheetName'),
  };

  if (definition.kind === 'list') {
    // Every matching row, streamed from the database in batches: never the page alone.
    const title = definition.title(t);
    const columns = definition.columns(t);
    const rows = readRowsFrom(source, definition.rows(viewer, filters.data, view.asOf, t, locale));
    // On PostgreSQL the database writes the CSV lines itself (COPY): the embedded database, or a
    // pool whose COPY connections are all taken, gets the lines written here. The request's signal
    // gives the COPY's connection back if the client leaves before the body is read.
    const lines =
      format === 'csv' ? definition.csvLines?.(viewer, filters.data, view.asOf, t, locale) : undefined;
    return streamDownload(
      exportFileName(title, view.asOf, format),
      format,
      () => recordExport(),
      async (output) => {
        const copy = lines ? await startCopy(source.handle, lines, { signal: request.signal }) : null;
        if (copy) return writeCsvLines(output, columns, copy);
        return format === 'csv'
          ? writeCsv(output, columns, rows)
          : writeXlsx(output, { title, columns }, rows, meta, labels);
      },
    );
  }

  const table = await readFrom(source, () => definition.build(viewer, view, t, locale));
  const fileName = exportFileName(table.title, view.asOf, format);

  if (format === 'docx') {
    const appendixOf = definition.appendix === 'task' ? taskAppendix : recommendationAppendix;
    const [defaults, reviews, appendix] = await Promise.all([
      documentDefaults(viewer),
      listReviews(),
      readFrom(source, () => appendixOf(viewer, definition.appendixParams(view), view.asOf)),
    ]);
    const info = form.data;
    const buffer = await writeDocx(
      table,
      {
        sector: defaults.sector,
        parentBody: defaults.parentBody,
        issuingBody: defaults.issuingBody,
        number: info.number,
        placeDate: placeDateLine(info.place || defaults.place, today(), (parts) =>
          t('reports.officialDocument.placeDate', parts),
        ),
        subject: info.subject || defaultSubject(t, reviews, view.review, locale),
        recipients: info.recipients
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
        signerTitle: info.signerTitle,
        signerName: info.signerName || viewer.name,
      },
      documentWords(t),
      undefined,
      { content: appendix, words: appendixWords(t, definition.appendix, APPENDIX_MAX_DOCUMENTS) },
    );
    await recordExport(table.rows.length);
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  return streamDownload(
    fileName,
    format,
    () => recordExport(table.rows.length),
    (output) =>
      format === 'csv'
        ? writeCsv(output, table.columns, table.rows, table.total)
        : writeXlsx(output, table, table.rows, meta, labels),
  );
}
