/** A service account acts for a unit as one of these; never as an administrator. */
export const SERVICE_ROLES = ['official', 'coordinator', 'leader'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export const SERVICE_NAME_MAX = 200;
export const SERVICE_DESCRIPTION_MAX = 1000;
