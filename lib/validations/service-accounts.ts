import { z } from 'zod';
import { SERVICE_DESCRIPTION_MAX, SERVICE_NAME_MAX, SERVICE_ROLES } from '@/lib/domain/service-accounts';
import { asText } from './common';
import { TokenCreateInput } from './tokens';
import { loginField } from './users';

/** A new service account (/admin/service-accounts): no login to choose and no password. */
export const ServiceAccountCreateInput = z
  .object({
    name: z.preprocess(
      asText,
      z
        .string()
        .min(1, 'serviceAccounts.errors.nameRequired')
        .max(SERVICE_NAME_MAX, 'serviceAccounts.errors.nameTooLong'),
    ),
    description: z.preprocess(
      asText,
      z.string().max(SERVICE_DESCRIPTION_MAX, 'serviceAccounts.errors.descriptionTooLong'),
    ),
    role: z.enum(SERVICE_ROLES, { message: 'serviceAccounts.errors.role' }),
    organization: z.preprocess(
      asText,
      z.string().min(1, 'serviceAccounts.errors.organization').max(64, 'serviceAccounts.errors.organization'),
    ),
  })
  .strict();
export type ServiceAccountCreateInput = z.infer<typeof ServiceAccountCreateInput>;

/** A token for a service account, issued by an admin who confirms their own password. */
export const ServiceTokenCreateInput = TokenCreateInput.extend({
  account: z.preprocess(asText, loginField),
}).strict();
export type ServiceTokenCreateInput = z.infer<typeof ServiceTokenCreateInput>;

export const ServiceAccountRefInput = z.object({ account: z.preprocess(asText, loginField) }).strict();
