import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { foldForSearch } from '@/lib/domain/text';
import type { Executor } from '../index';
import { organizations } from '../schema';

/** An organization as an import resolves it; `usable`: may be newly chosen by this import. */
export type ImportOrg = { id: number; code: string; path: string; usable: boolean };
export type OrgLookup = (text: string) => ImportOrg | 'ambiguous' | null;

/**
 * Organizations by code, by exact name and by name without diacritics, in one read; a name two
 * units share is marked ambiguous, so that the file must name that unit by its code.
 */
export async function organizationIndex(tx: Executor, usable: SQL): Promise<OrgLookup> {
  const all = await tx
    .select({
      id: organizations.id,
      code: organizations.code,
      path: organizations.path,
      nameVi: organizations.nameVi,
      shortNameVi: organizations.shortNameVi,
      usable: sql<boolean>`(${usable})`,
    })
    .from(organizations);
  const byCode = new Map<string, ImportOrg>();
  const byName = new Map<string, ImportOrg | 'ambiguous'>();
  const add = (key: string, org: ImportOrg) => {
    const seen = byName.get(key);
    byName.set(key, seen && seen !== 'ambiguous' && seen.id !== org.id ? 'ambiguous' : org);
  };
  for (const o of all) {
    const org = { id: o.id, code: o.code, path: o.path, usable: Boolean(o.usable) };
    byCode.set(o.code.toUpperCase(), org);
    for (const name of [o.nameVi, o.shortNameVi]) if (name) add(foldForSearch(name), org);
  }
  return (text) => byCode.get(text.toUpperCase()) ?? byName.get(foldForSearch(text)) ?? null;
}
