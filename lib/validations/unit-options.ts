import { z } from 'zod';
import { cleanText } from '@/lib/domain/text';

export const UNIT_PURPOSES = [
  'assign',
  'source',
  'session',
  'account',
  'parent',
  'successor',
  'coordinator',
] as const;
export type UnitPurpose = (typeof UNIT_PURPOSES)[number];

/** A search of the unit picker: which form's list, the typed text, the unit retired (successor). */
export const UnitSearch = z
  .object({
    purpose: z.enum(UNIT_PURPOSES),
    q: z.string().transform(cleanText).pipe(z.string().max(100)).default(''),
    unit: z.string().max(40).optional(),
  })
  .strict();
