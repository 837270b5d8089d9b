import { z } from 'zod';
import { cleanText } from '@/lib/domain/text';
import { isoDay } from './common';

const day = isoDay('errors.badDate');
const term = z.string().transform(cleanText).pipe(z.string().max(100));

/** Filters of the audit log, shared by the page (lenient) and the CSV export (strict). */
export const AuditParams = z
  .object({
    actor: term.optional(),
    entity: term.optional(),
    action: z
      .string()
      .regex(/^[a-z_.]{1,64}$/)
      .optional(),
    from: day.optional(),
    to: day.optional(),
    before: z.coerce.number().int().positive().optional(),
  })
  .strict();
export type AuditParams = z.infer<typeof AuditParams>;

type Raw = Record<string, string | string[] | undefined>;

const first = (raw: Raw) =>
  Object.fromEntries(
    Object.entries(raw)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
      .filter(([, value]) => value !== undefined && value !== ''),
  );

/** For the page: a bad value is dropped, not an error page. */
export function readAuditParams(raw: Raw): AuditParams {
  const values = first(raw);
  const params: Record<string, unknown> = {};
  for (const key of Object.keys(AuditParams.shape) as (keyof AuditParams)[]) {
    const field = AuditParams.shape[key].safeParse(values[key]);
    if (field.success && field.data !== undefined) params[key] = field.data;
  }
  return params as AuditParams;
}

/** For the export: a bad value is a 400. */
export function parseAuditParams(raw: Raw) {
  return AuditParams.safeParse(first(raw));
}
