import { z } from 'zod';
import { asText, codeField, isoDay } from './common';

/** A resolution's number as it is written: "43-NQ/TW", "12-CT/TW". */
export const RESOLUTION_CODE_PATTERN = /^[0-9A-Z][0-9A-Z./-]{1,39}$/;

const resolutionCode = z.preprocess(
  (value) => asText(value).toUpperCase(),
  z.string().regex(RESOLUTION_CODE_PATTERN, 'reviewAdmin.errors.resolutionCode'),
);
const reviewCode = codeField('reviewAdmin.errors.reviewCode');
const title = z.preprocess(
  asText,
  z.string().min(1, 'reviewAdmin.errors.titleRequired').max(500, 'reviewAdmin.errors.tooLong'),
);
const optionalText = (max: number) =>
  z.preprocess(asText, z.string().max(max, 'reviewAdmin.errors.tooLong')).transform((value) => value || null);
const optionalDay = z.preprocess(
  asText,
  z.union([z.literal('').transform(() => null), isoDay('reviewAdmin.errors.badDate')]),
);
const stamp = z.preprocess(asText, z.string().regex(/^[0-9a-f]{32}$/, 'reviewAdmin.errors.conflict'));

const resolutionFields = {
  code: resolutionCode,
  titleVi: title,
  titleEn: optionalText(500),
  issuerVi: optionalText(300),
  issuedOn: optionalDay,
};

export const ResolutionCreateInput = z.object(resolutionFields).strict();
export type ResolutionCreateInput = z.infer<typeof ResolutionCreateInput>;

export const ResolutionUpdateInput = z
  .object({ current: resolutionCode, ...resolutionFields, stamp })
  .strict();
export type ResolutionUpdateInput = z.infer<typeof ResolutionUpdateInput>;

const reviewFields = {
  code: reviewCode,
  resolution: resolutionCode,
  titleVi: title,
  titleEn: optionalText(500),
  startsOn: isoDay('reviewAdmin.errors.badDate'),
  endsOn: isoDay('reviewAdmin.errors.badDate'),
  coordinator: codeField('reviewAdmin.errors.coordinatorRequired'),
};

/** The end of a review is on or after its start. */
const datesInOrder = <T extends { startsOn: string; endsOn: string }>(schema: z.ZodType<T>) =>
  schema.refine((value) => value.endsOn >= value.startsOn, {
    path: ['endsOn'],
    message: 'reviewAdmin.errors.endsBeforeStart',
  });

export const ReviewCreateInput = datesInOrder(z.object(reviewFields).strict());
export type ReviewCreateInput = z.infer<typeof ReviewCreateInput>;

export const ReviewUpdateInput = datesInOrder(
  z.object({ current: reviewCode, ...reviewFields, stamp }).strict(),
);
export type ReviewUpdateInput = z.infer<typeof ReviewUpdateInput>;
