import { z } from 'zod';
import { CURSOR_MAX } from '@/lib/api/cursor';
import { TASK_SORTS } from '@/lib/domain/tasks';
import { ListParamFields, presentParams, type SearchParams } from './filters';
import { NOTE_MAX } from './tasks';

/**
 * The requests of /api/v1 (lib/api/openapi.ts makes the OpenAPI document from these very
 * schemas). A list takes the page's filters (ListParams) with a cursor instead of a page number, and
 * without `compare` (a day the figures compare with: a list has none).
 */
export const API_PAGE_MAX = 1000;

/** Every list's keyset paging: the cursor of `Link: rel="next"` and the page size. */
export const pageFields = {
  cursor: z
    .string()
    .max(CURSOR_MAX)
    .optional()
    .meta({ description: 'from the `Link: rel="next"` of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_PAGE_MAX)
    .optional()
    .meta({ description: `rows per page (default 100, at most ${API_PAGE_MAX})` }),
};

export const ApiTaskListParams = ListParamFields.omit({ page: true, sort: true, compare: true })
  .extend({
    sort: z
      .enum([...TASK_SORTS, ...TASK_SORTS.map((s) => `-${s}` as const)], { message: 'errors.badValue' })
      .optional()
      .meta({ description: 'a field, descending with a leading "-"; then by code' }),
    ...pageFields,
  })
  .strip();
export type ApiTaskListParams = z.infer<typeof ApiTaskListParams>;

export function parseApiTaskListParams(searchParams: SearchParams) {
  return ApiTaskListParams.safeParse(presentParams(searchParams));
}

/**
 * PATCH /api/v1/tasks/{code}: a progress update, the form's "update progress" (JSON types here;
 * the route then parses it with the form's own schema, lib/validations/tasks.ts).
 */
export const TaskProgressPatch = z
  .object({
    progress: z.number().int().min(0).max(100).meta({ description: 'percent done, 0–100' }),
    note: z.string().min(1).max(NOTE_MAX).meta({ description: 'what was done' }),
  })
  .strict();
export type TaskProgressPatch = z.infer<typeof TaskProgressPatch>;
