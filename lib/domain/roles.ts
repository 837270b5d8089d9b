export const ROLES = ['official', 'coordinator', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_KINDS = [
  'national',
  'central_group',
  'steering_committee',
  'central_body',
  'province',
  'district',
  'commune',
  'agency',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const SECTORS = ['party', 'state', 'front', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** Group units only gather others: they are never assignees or addressees. */
export const GROUP_KINDS: readonly OrgKind[] = ['national', 'central_group'];

/** The root of the tree ("national") exists once: a new unit is of any other kind. */
export const NEW_ORG_KINDS = ORG_KINDS.filter((kind) => kind !== 'national');
