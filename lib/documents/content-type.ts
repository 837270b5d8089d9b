import { open } from 'node:fs/promises';
import { inflateEntry, listEntries, MB, openZipFile, Refused } from '@/lib/import/xlsx-zip';

/**
 * A document's type, decided by its content, never by its name or the browser's word: the first
 * bytes (PDF, PNG, JPEG, the OLE2 container of DOC/XLS) or, for a zip, the entries that make it
 * a DOCX, XLSX, ODT or ODS — every entry inflated against one budget, so a ZIP bomb is refused.
 */
export type DocumentType = { mediaType: string; extensions: readonly string[] };

export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  doc: { mediaType: 'application/msword', extensions: ['doc'] },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
} as const satisfies Record<string, DocumentType>;

/** Bytes a zip's entries may inflate to, in all: an office file of 25 MB is mostly compressed pictures. */
export const INFLATED_LIMIT_BYTES = 200 * MB;
const MAX_ENTRIES = 10_000;

export type Detected = { ok: true; type: DocumentType } | { ok: false; reason: 'type' | 'zipBomb' };

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((b, i) => head[i] === b);

async function readHead(path: string, length = 16): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(length);
    const { bytesRead } = await file.read(head, 0, length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The Office Open XML or OpenDocument type of a zip, or why it is refused. */
async function zipType(path: string): Promise<Detected> {
  let zip: Awaited<ReturnType<typeof openZipFile>> | undefined;
  try {
    zip = await openZipFile(path);
    if (zip.entryCount > MAX_ENTRIES) return { ok: false, reason: 'zipBomb' };
    const entries = await listEntries(zip);
    const budget = { left: INFLATED_LIMIT_BYTES };
    const maxMb = INFLATED_LIMIT_BYTES / MB;
    let contentTypes = '';
    let mimetype = '';
    for (const [name, entry] of entries) {
      const keep = name === '[Content_Types].xml' ? 64 * 1024 : name === 'mimetype' ? 100 : 0;
      const kept = await inflateEntry(zip, entry, budget, maxMb, keep);
      if (name === '[Content_Types].xml') contentTypes = kept.toString('utf8');
      if (name === 'mimetype') mimetype = kept.toString('ascii').trim();
    }
    if (mimetype === DOCUMENT_TYPES.odt.mediaType) return { ok: true, type: DOCUMENT_TYPES.odt };
    if (mimetype === DOCUMENT_TYPES.ods.mediaType) return { ok: true, type: DOCUMENT_TYPES.ods };
    if (entries.has('word/document.xml') && contentTypes.includes('wordprocessingml.document.main+xml')) {
      return { ok: true, type: DOCUMENT_TYPES.docx };
    }
    if (entries.has('xl/workbook.xml') && contentTypes.includes('spreadsheetml.sheet.main+xml')) {
      return { ok: true, type: DOCUMENT_TYPES.xlsx };
    }
    return { ok: false, reason: 'type' };
  } catch (error) {
    if (error instanceof Refused && error.problem.key === 'zipBomb') return { ok: false, reason: 'zipBomb' };
    return { ok: false, reason: 'type' };
  } finally {
    zip?.close();
  }
}

/**
 * The type of the file at `path`. DOC and XLS share one container (OLE2) whose inside this does
 * not parse: there the name's extension chooses between the two, and nothing else is accepted.
 */
export async function detectType(path: string, fileName: string): Promise<Detected> {
  const head = await readHead(path);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { ok: true, type: DOCUMENT_TYPES.pdf };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, type: DOCUMENT_TYPES.png };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, type: DOCUMENT_TYPES.jpeg };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const ext = fileName.toLowerCase().split('.').pop();
    if (ext === 'doc') return { ok: true, type: DOCUMENT_TYPES.doc };
    if (ext === 'xls') return { ok: true, type: DOCUMENT_TYPES.xls };
    return { ok: false, reason: 'type' };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipType(path);
  return { ok: false, reason: 'type' };
}
