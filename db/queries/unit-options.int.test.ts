import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { today } from '@/lib/clock';
import type { UnitPurpose } from '@/lib/validations/unit-options';
import { viewerFor } from '@/tests/viewers';
import { sessionOptions, sourceOptions } from './recommendation-options';
import { searchUnits, UNIT_RESULTS } from './unit-options';

/**
 * More units in scope than any list the forms used to cut (sources: 1,000; sessions: 500):
 * 1,200 communes under Hải Phòng, then the one the user wants, made last.
 */
const WANTED = { code: 'XA-DHT', name: 'Xã Đông Hưng Thượng' };

beforeAll(async () => {
  await db.execute(sql`
    INSERT INTO organizations (code, parent_id, path, province_id, kind, sector, name_vi)
    SELECT 'XT-' || lpad(g::text, 4, '0'), p.id, 'pending', p.id, 'commune', 'state', 'Xã Thử Nghiệm ' || g
      FROM generate_series(1, 1200) g, (SELECT id FROM organizations WHERE code = 'P31') p`);
  await db.execute(sql`
    INSERT INTO organizations (code, parent_id, path, province_id, kind, sector, name_vi)
    SELECT ${WANTED.code}, id, 'pending', id, 'commune', 'state', ${WANTED.name} FROM organizations WHERE code = 'P31'`);
  await db.execute(sql`UPDATE organizations o SET path = p.path || o.id || '/'
    FROM organizations p WHERE o.parent_id = p.id AND o.path = 'pending'`);
});

const search = async (login: string, purpose: UnitPurpose, q: string, unit?: string) =>
  searchUnits(await viewerFor(login), { purpose, q, unit }, today());
/** The search of a form the viewer may use. */
async function find(login: string, purpose: UnitPurpose, q: string, unit?: string) {
  const found = await search(login, purpose, q, unit);
  if (!found) throw new Error(`${login} may not use the ${purpose} picker`);
  return found;
}

describe('the unit picker’s search', () => {
  it('finds the wanted unit among more than the old limits, by name with or without diacritics, or by code', async () => {
    for (const q of ['Đông Hưng Thượng', 'dong hung thuong', 'DONG HUNG', 'xa-dht']) {
      const { units } = await find('dieuphoi', 'source', q);
      expect(units.map((u) => u.code)).toContain(WANTED.code);
    }
    // the exact code comes first, whatever the tree order
    expect((await find('dieuphoi', 'assign', 'XT-0007')).units[0].code).toBe('XT-0007');
  });

  it('says how many match when it shows only the first ones', async () => {
    const all = await find('dieuphoi', 'assign', '');
    expect(all.units).toHaveLength(UNIT_RESULTS);
    expect(all.total).toBeGreaterThan(1200);
    const narrowed = await find('dieuphoi', 'assign', 'thu nghiem 11');
    // 11, 110–119, 1100–1199
    expect(narrowed.total).toBe(111);
  });

  it('each form’s list finds it, for a viewer who may use that form', async () => {
    const cases: [string, UnitPurpose, string?][] = [
      ['dieuphoi', 'assign'],
      ['dieuphoi', 'source'],
      ['dieuphoi', 'session'],
      ['hp.dieuphoi', 'assign'],
      ['hp.dieuphoi', 'source'],
      ['quantri', 'account'],
      ['quantri', 'parent'],
      ['quantri', 'successor', 'HP-BDV'],
      ['quantri', 'coordinator'],
    ];
    for (const [login, purpose, unit] of cases) {
      const { units } = await find(login, purpose, 'dong hung thuong', unit);
      expect(units.map((u) => `${login}:${purpose}:${u.code}`)).toEqual([
        `${login}:${purpose}:${WANTED.code}`,
      ]);
    }
  });

  it('finds nothing outside the viewer’s reach, and refuses a form the viewer may not use', async () => {
    expect(await find('bnv', 'source', 'dong hung thuong')).toEqual({ units: [], total: 0 });
    expect(await find('hp.dieuphoi', 'assign', 'BNV')).toEqual({ units: [], total: 0 });
    expect(await search('hp.danvan', 'assign', 'dong hung thuong')).toBeNull();
    expect(await search('dieuphoi', 'account', 'dong hung thuong')).toBeNull();
    expect(await search('lanhdao', 'source', '')).toBeNull();
    expect(await search('hp.dieuphoi', 'coordinator', '')).toBeNull();
    // a unit is not its own successor; a retiring unit unknown or out of reach: refused
    expect((await find('quantri', 'successor', 'dong hung thuong', WANTED.code)).total).toBe(0);
    expect(await search('quantri', 'successor', 'dong hung thuong', 'NOPE')).toBeNull();
  });

  it('the lists that stay lists are no longer cut', async () => {
    const sources = await sourceOptions(await viewerFor('dieuphoi'), today());
    expect(sources.length).toBeGreaterThan(1200);
    expect(sources.map((o) => o.code)).toContain(WANTED.code);
    // survey sessions (a few hundred at most over the years): the list is whole
    await db.execute(sql`
      INSERT INTO survey_sessions (code, review_id, organization_id, title_vi)
      SELECT 'KS-T-' || lpad(g::text, 4, '0'), (SELECT min(id) FROM reviews), o.id, 'Khảo sát thử ' || g
        FROM generate_series(1, 600) g, (SELECT id FROM organizations WHERE code = 'XT-0001') o`);
    const sessions = await sessionOptions(await viewerFor('dieuphoi'));
    expect(sessions.map((s) => s.code)).toContain('KS-T-0600');
  });
});
