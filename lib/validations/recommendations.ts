import { z } from 'zod';
import { TEXT_LIMIT, TEXT_REQUIRED } from '@/lib/domain/recommendation-workflow';
import { ADDRESSEE_STATUSES, RECOMMENDATION_CATEGORIES } from '@/lib/domain/recommendations';
import { cleanText } from '@/lib/domain/text';
import { codeField, isoDay } from './common';

/**
 * The inputs of the recommendation forms. Messages are keys into messages/*.json, so that
 * each field error reaches the user in their language. Text is trimmed and composed (NFC)
 * before it is measured; HTML and "=formulas" are kept as typed and always shown as text.
 */
const E = 'recommendations.errors';

const code = codeField(`${E}.badCode`);

const version = z.coerce
  .number({ message: `${E}.conflict` })
  .int()
  .min(1);

const requiredText = (empty: string) =>
  z
    .string({ message: empty })
    .transform(cleanText)
    .pipe(z.string().min(1, empty).max(TEXT_LIMIT, `${E}.textTooLong`));

/** An empty optional field arrives as '' (or is absent): both mean "none". */
const optionalCode = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((value) => (value ? value.trim() : ''))
  .pipe(z.union([z.literal(''), code]));

const day = isoDay(`${E}.badDate`);

const recommendationFields = {
  session: optionalCode,
  category: z.enum(RECOMMENDATION_CATEGORIES, { message: `${E}.categoryRequired` }),
  text: requiredText(`${E}.textRequired`),
  addressees: z
    .array(code, { message: `${E}.addresseeRequired` })
    .min(1, `${E}.addresseeRequired`)
    .max(30, `${E}.tooManyAddressees`)
    .transform((codes) => [...new Set(codes)]),
};

export const NewRecommendationInput = z
  .object({ review: code, sourceOrg: code, ...recommendationFields })
  .strict();
export type NewRecommendationInput = z.infer<typeof NewRecommendationInput>;

export const EditRecommendationInput = z.object({ code, version, ...recommendationFields }).strict();
export type EditRecommendationInput = z.infer<typeof EditRecommendationInput>;

/**
 * The fields of one imported row that the form's own rules check; addressees, the source and
 * related tasks may be written by name in a file and are resolved against the database.
 */
export const ImportedRecommendationFields = z
  .object({
    code: optionalCode,
    session: recommendationFields.session,
    category: recommendationFields.category,
    text: recommendationFields.text,
  })
  .strict();

export const SubmitRecommendationInput = z.object({ code, version }).strict();
export type SubmitRecommendationInput = z.infer<typeof SubmitRecommendationInput>;

export const AnswerInput = z
  .object({
    code,
    version,
    addressee: code,
    status: z.enum(ADDRESSEE_STATUSES.filter((s) => s !== 'submitted') as [string, ...string[]], {
      message: `${E}.statusRequired`,
    }),
    response: z
      .union([z.string(), z.null(), z.undefined()])
      .transform((value) => cleanText(value ?? ''))
      .pipe(z.string().max(TEXT_LIMIT, `${E}.textTooLong`)),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.response && (TEXT_REQUIRED as readonly string[]).includes(input.status)) {
      ctx.addIssue({
        code: 'custom',
        path: ['response'],
        message: input.status === 'declined' ? `${E}.reasonRequired` : `${E}.whatWasDoneRequired`,
      });
    }
  })
  .transform((input) => ({
    ...input,
    status: input.status as Exclude<(typeof ADDRESSEE_STATUSES)[number], 'submitted'>,
  }));
export type AnswerInput = z.infer<typeof AnswerInput>;

export const DeadlineInput = z.object({ code, version, responseDueOn: day }).strict();
export type DeadlineInput = z.infer<typeof DeadlineInput>;

/** `primary` empty: no longer a duplicate. */
export const DuplicateInput = z.object({ code, version, primary: optionalCode }).strict();
export type DuplicateInput = z.infer<typeof DuplicateInput>;
