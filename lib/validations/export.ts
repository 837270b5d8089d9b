import { z } from 'zod';
import { cleanText } from '@/lib/domain/text';

const text = (max: number) => z.string().transform(cleanText).pipe(z.string().max(max, 'errors.tooLong'));

/** The short form before a Word download. */
export const DocumentForm = z
  .object({
    number: text(60).default(''),
    subject: text(300).default(''),
    recipients: text(2000).default(''),
    signerTitle: text(120).default(''),
    signerName: text(120).default(''),
    place: text(60).default(''),
  })
  .strict();
export type DocumentForm = z.infer<typeof DocumentForm>;

export const DOCUMENT_FIELDS = [
  'number',
  'subject',
  'recipients',
  'signerTitle',
  'signerName',
  'place',
] as const;
export const EXPORT_FORMATS = ['xlsx', 'csv', 'docx'] as const;
