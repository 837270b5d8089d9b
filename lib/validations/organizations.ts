import { z } from 'zod';
import { NEW_ORG_KINDS, SECTORS } from '@/lib/domain/roles';
import { cleanText } from '@/lib/domain/text';
import { asText, codeField, isoDay, optionalCode } from './common';

const code = (message = 'orgAdmin.errors.badCode') => codeField(message);

const name = z.preprocess(
  asText,
  z.string().min(1, 'orgAdmin.errors.nameRequired').max(300, 'orgAdmin.errors.tooLong'),
);
const optionalName = z
  .preprocess(asText, z.string().max(300, 'orgAdmin.errors.tooLong'))
  .transform((value) => value || null);
const optionalDay = z.preprocess(
  asText,
  z.union([z.literal('').transform(() => null), isoDay('orgAdmin.errors.badDate')]),
);
/** What the edit form read (see organizationStampSql): a stale form changes nothing. */
const stamp = z.preprocess(asText, z.string().regex(/^[0-9a-f]{32}$/, 'orgAdmin.errors.conflict'));

export const OrganizationCreateInput = z
  .object({
    parent: code('orgAdmin.errors.parentRequired'),
    code: code(),
    nameVi: name,
    nameEn: optionalName,
    kind: z.enum(NEW_ORG_KINDS, 'orgAdmin.errors.kind'),
    sector: z.enum(SECTORS, 'orgAdmin.errors.sector'),
    validFrom: optionalDay,
  })
  .strict();
export type OrganizationCreateInput = z.infer<typeof OrganizationCreateInput>;

export const OrganizationUpdateInput = z
  .object({
    /** the code the form was read with */
    unit: code(),
    /** shown, never changed: a different one is refused (codes are immutable) */
    code: code(),
    nameVi: name,
    nameEn: optionalName,
    stamp,
  })
  .strict();
export type OrganizationUpdateInput = z.infer<typeof OrganizationUpdateInput>;

export const OrganizationRetireInput = z
  .object({
    unit: code(),
    validTo: z.preprocess(asText, isoDay('orgAdmin.errors.badDate')),
    successor: optionalCode('orgAdmin.errors.badCode'),
    stamp,
  })
  .strict();
export type OrganizationRetireInput = z.infer<typeof OrganizationRetireInput>;

export const OrganizationListParams = z.object({
  q: z.string().max(200).transform(cleanText).optional().catch(undefined),
  /** "1": units retired before today are left out */
  current: z.enum(['1']).optional().catch(undefined),
});
