import { z } from 'zod';
import { asText } from './common';
import { TokenCreateInput } from './tokens';
import { loginField } from './users';

/** A service account acts for a unit as one of these; never as an administrator. */
export const SERVICE_ROLES = ['official', 'coordinator', 'leader'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export const SERVICE_NAME_MAX = 200;
export const SERVICE_DESCRIPTION_MAX = 1000;

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
