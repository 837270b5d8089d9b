import type { DocumentType } from './content-type';

/**
 * The name a document is kept and offered under: the uploader's own (Vietnamese included), NFC.
 * A name with a path in it (`../`, `/`, `\`) or a control or direction-changing character is
 * refused rather than mended, so what is stored is what the user saw.
 */
export const MAX_FILE_NAME = 200;

// C0/C1 controls, DEL, and the format characters that reorder or hide text (bidi overrides,
// zero-width joiners), which could make `tai-lieu‮fdp.exe` look like a PDF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export type NameCheck = { ok: true; name: string } | { ok: false };

export function checkFileName(raw: string): NameCheck {
  const name = raw.normalize('NFC').trim();
  if (!name || name.length > MAX_FILE_NAME) return { ok: false };
  if (FORBIDDEN.test(name) || /[/\\]/.test(name) || name.includes('..') || /^[.\s]|[.\s]$/.test(name)) {
    return { ok: false };
  }
  return { ok: true, name };
}

/** The name with the extension of its real type: `bao-cao.pdf` stays, `bao-cao` gets `.pdf`. */
export function withTypeExtension(name: string, type: DocumentType): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (type.extensions.includes(ext)) return name;
  return `${name}.${type.extensions[0]}`;
}

/** An ASCII stand-in for old clients: diacritics dropped (đ → d), anything else unsafe → `_`. */
export function asciiFallback(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return plain || 'document';
}

/** `Content-Disposition: attachment` with the original name (RFC 6266, RFC 5987 `filename*`). */
export function attachmentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encoded}`;
}
