import { z } from 'zod';
import { DOCUMENT_RECORD_KINDS } from '@/lib/domain/documents';
import { asText, codeField, isoDay } from './common';
import { optionalText, requiredText } from './tasks';

/** The document's metadata, as whoever may edit its record enters or corrects it. */
const meta = {
  numberSymbol: optionalText(50, 'documents.errors.numberTooLong').pipe(
    z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}./\- ]*$/u, 'documents.errors.badNumber')
      .nullable(),
  ),
  issuedOn: z.preprocess(
    asText,
    z.union([z.literal('').transform(() => null), isoDay('documents.errors.badDate')]),
  ),
  issuer: optionalText(300, 'documents.errors.textTooLong'),
  title: requiredText(500, 'documents.errors.titleRequired', 'documents.errors.textTooLong'),
};

const documentId = z.preprocess(asText, z.uuid('documents.errors.notFound'));

export const DocumentUploadInput = z
  .object({
    recordKind: z.enum(DOCUMENT_RECORD_KINDS, 'documents.errors.badRecord'),
    record: codeField('documents.errors.badRecord'),
    /** an answer's addressee, a supporting part's unit (organization code); empty for the other kinds */
    addressee: z.preprocess(
      (value) => asText(value).toUpperCase(),
      z.union([z.literal('').transform(() => null), codeField('documents.errors.badRecord')]),
    ),
    /** an explanation request's id (its task's code is `record`); empty for the other kinds */
    explanation: z.preprocess(
      asText,
      z.union([
        z.literal('').transform(() => null),
        z.coerce
          .number('documents.errors.badRecord')
          .int('documents.errors.badRecord')
          .min(1, 'documents.errors.badRecord')
          .max(2_147_483_647, 'documents.errors.badRecord'),
      ]),
    ),
    replaces: z.preprocess(
      asText,
      z.union([z.literal('').transform(() => null), z.uuid('documents.errors.notFound')]),
    ),
    ...meta,
  })
  .strict();
export type DocumentUploadInput = z.infer<typeof DocumentUploadInput>;

export const DocumentMetaInput = z.object({ id: documentId, ...meta }).strict();
export type DocumentMetaInput = z.infer<typeof DocumentMetaInput>;

export const DocumentWithdrawInput = z
  .object({
    id: documentId,
    reason: requiredText(1000, 'documents.errors.reasonRequired', 'documents.errors.textTooLong'),
  })
  .strict();
export type DocumentWithdrawInput = z.infer<typeof DocumentWithdrawInput>;
