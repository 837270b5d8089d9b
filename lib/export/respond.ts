import { PassThrough, Readable, type Writable } from 'node:stream';
import { logger } from '@/lib/logger';

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type ExportFormat = keyof typeof CONTENT_TYPES;

/**
 * A download whose body is written as it is produced (rows are never all held in memory).
 * `record` (the export's event) is awaited first: an export that could not be logged sends
 * nothing, and one that sent a byte is always in the log, even if the client stops reading.
 */
export async function streamDownload(
  fileName: string,
  format: ExportFormat,
  record: () => Promise<unknown>,
  write: (output: Writable) => Promise<number>,
): Promise<Response> {
  await record();
  const output = new PassThrough();
  write(output)
    .then(() => {
      if (!output.writableEnded) output.end();
    })
    .catch((error) => {
      // Already destroyed: the reader cancelled the body (a closed tab, a dropped connection) and
      // the write failed for that reason alone — an everyday event, not a fault of the export.
      if (output.destroyed) {
        logger.info({ fileName, reason: error?.name }, 'export stopped: the client went away');
        return;
      }
      logger.error({ err: error, fileName }, 'export failed');
      output.destroy(error);
    });
  return new Response(Readable.toWeb(output) as ReadableStream, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function plainError(status: 400 | 401 | 403 | 404 | 413, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
