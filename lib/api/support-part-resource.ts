import { z } from 'zod';
import type { SupportPart } from '@/db/queries/task-support';
import { SUPPORT_PART_STATUSES } from '@/lib/domain/tasks';

/** A supporting unit's part of a task as /api/v1 answers it (the task page's own read: supportParts). */
export const SupportPartResource = z.object({
  unit: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() }),
  status: z.enum(SUPPORT_PART_STATUSES),
  note: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().nullable(),
  /** the same as the ETag: send it back in If-Match to update the part */
  version: z.number().int(),
});
export type SupportPartResource = z.infer<typeof SupportPartResource>;

export const SupportPartList = z.object({ data: z.array(SupportPartResource) });

export function supportPartResource(part: SupportPart): SupportPartResource {
  return {
    unit: { code: part.code, nameVi: part.nameVi, nameEn: part.nameEn },
    status: part.status,
    note: part.note,
    updatedAt: part.updatedAt.toISOString(),
    updatedBy: part.updatedByName,
    version: part.version,
  };
}
