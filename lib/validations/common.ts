import { z } from 'zod';
import { isIsoDay } from '@/lib/clock';
import { CODE_PATTERN } from '@/lib/domain/codes';
import { cleanText } from '@/lib/domain/text';

/** Text as forms send it: trimmed and composed (NFC); anything else is empty. */
export const asText = (value: unknown) => (typeof value === 'string' ? cleanText(value) : '');

/** A calendar day, YYYY-MM-DD, that exists (the one day rule: lib/clock.ts isIsoDay). */
export const isoDay = (message: string) => z.preprocess(asText, z.string().refine(isIsoDay, message));

/** A code (lib/domain/codes.ts), upper-cased as typed: nv-hp-01 is NV-HP-01. */
export const codeField = (message: string) =>
  z
    .string({ message })
    .transform((value) => cleanText(value).toUpperCase())
    .pipe(z.string().regex(CODE_PATTERN, message));

/** An optional code: empty is null. */
export const optionalCode = (message: string) =>
  z.preprocess(
    (value) => asText(value).toUpperCase(),
    z.union([z.literal('').transform(() => null), z.string().regex(CODE_PATTERN, message)]),
  );
