import type { AddresseeStatus, RecommendationCategory } from '@/lib/domain/recommendations';
import type { OrgKind, Role, Sector } from '@/lib/domain/roles';
import type { TaskStatus } from '@/lib/domain/tasks';
import raw from './demo-seed.json';

/** The demo seed, copied from shared/data/demo-seed.json, with its shape spelled out. */
export type SeedOrganization = {
  code: string;
  kind: OrgKind;
  parent: string | null;
  nameVi: string;
  nameEn?: string;
  shortNameVi?: string;
  adminCode?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  sector: Sector;
};

export type SeedSession = {
  code: string;
  review: string;
  organization: string;
  heldOn: string | null;
  heldBefore?: string;
  titleVi: string;
  titleEn?: string;
  delegationLeadVi?: string;
  participantsVi?: string[];
  source?: string;
};

export type SeedRecommendation = {
  code: string;
  review: string;
  session: string | null;
  sourceOrg: string;
  addressees: string[];
  category: RecommendationCategory;
  textVi: string;
  summaryEn?: string;
  responseDueOn: string | null;
  submittedOn: string | null;
  addresseeStatus: Record<string, AddresseeStatus>;
  responses?: { addressee: string; on: string; status: AddresseeStatus; textVi: string }[];
};

export type SeedTask = {
  code: string;
  review: string;
  session: string | null;
  assignee: string;
  dueOn: string;
  status: TaskStatus;
  completedOn?: string;
  progress: number;
  titleVi: string;
  createdOn: string;
  recommendations?: string[];
  /** the code of the task it was cascaded from (seeded before it) */
  parent?: string;
};

export type SeedUser = { username: string; nameVi: string; role: Role; organization: string; scope: string };

export const seed = raw as unknown as {
  organizations: SeedOrganization[];
  resolutions: { code: string; issuedOn: string; issuerVi: string; titleVi: string; titleEn: string }[];
  reviews: {
    code: string;
    resolution: string;
    coordinator: string;
    startsOn: string;
    endsOn: string;
    titleVi: string;
    titleEn: string;
  }[];
  surveySessions: SeedSession[];
  recommendations: SeedRecommendation[];
  tasks: SeedTask[];
  users: SeedUser[];
  demoPassword: string;
};

export const DEMO_PASSWORD = seed.demoPassword;
export const DEMO_USERS = seed.users.map(({ username, nameVi, role }) => ({
  login: username,
  name: nameVi,
  role,
}));
