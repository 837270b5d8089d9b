import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { organizations, recommendationAddressees, recommendations } from '@/db/schema';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { recommendationsByCategory } from './dashboard-recommendations';
import { markDuplicate } from './recommendation-answers';
import { recommendationDetail } from './recommendation-detail';
import { recommendationsByAddresseeStatus } from './recommendation-figures';
import { listRecommendations, recommendationListCounts } from './recommendations';

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('the recommendation list', () => {
  it('shows the Hải Phòng coordinator the four Hải Phòng recommendations', async () => {
    const { rows, total } = await listRecommendations(await viewerFor('hp.dieuphoi'), {}, today());
    // KN-HP-04 is dated from the seeding day (db/seed/relative.ts)
    expect(codes(rows).sort()).toEqual(['KN-HP-01', 'KN-HP-02', 'KN-HP-03', 'KN-HP-04']);
    expect(total).toBe(4);
  });

  it('shows the HP-BDV official only the recommendation linked to their task', async () => {
    const { rows } = await listRecommendations(await viewerFor('hp.danvan'), {}, today());
    expect(codes(rows)).toEqual(['KN-HP-01']);
  });

  it('filters by addressee, category, province, status and reply overdue', async () => {
    const viewer = await viewerFor('lanhdao');
    const byBnv = await listRecommendations(viewer, { addressee: ['BNV'] }, today());
    expect(codes(byBnv.rows)).toContain('KN-HP-03');
    expect(byBnv.rows.every((r) => r.addressees.some((a) => a.code === 'BNV'))).toBe(true);

    const hp = await listRecommendations(viewer, { province: 'P31', category: ['guidance'] }, today());
    expect(codes(hp.rows).sort()).toEqual(['KN-HP-03', 'KN-HP-04']);

    const accepted = await listRecommendations(viewer, { province: 'P31', status: ['accepted'] }, today());
    expect(codes(accepted.rows)).toEqual(['KN-HP-03']);

    // KN-HP-01 (due 31/12/2024, under review) and KN-HP-02 (due 30/06/2025, submitted) await replies;
    // KN-HP-04's reply is due in 5 days: not overdue.
    const overdue = await listRecommendations(viewer, { province: 'P31', replyOverdue: '1' }, today());
    expect(codes(overdue.rows).sort()).toEqual(['KN-HP-01', 'KN-HP-02']);
    expect(overdue.rows.every((r) => r.replyOverdue)).toBe(true);
  });

  it('searches without diacritics and sorts', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    const found = await listRecommendations(viewer, { q: 'to dan pho' }, today());
    expect(codes(found.rows)).toEqual(['KN-HP-03']);
    const sorted = await listRecommendations(viewer, { sort: '-code' }, today());
    expect(codes(sorted.rows)).toEqual(['KN-HP-04', 'KN-HP-03', 'KN-HP-02', 'KN-HP-01']);
    const hostile = await listRecommendations(viewer, { q: "%' OR 1=1 --" }, today());
    expect(hostile.total).toBe(0);
  });

  it('counts by overall status with the other filters', async () => {
    const counts = await recommendationListCounts(await viewerFor('hp.dieuphoi'), {}, today());
    expect(counts).toMatchObject({ under_review: 1, submitted: 2, accepted: 1, draft: 0 });
  });

  it('pages by fifty', async () => {
    const viewer = await viewerFor('lanhdao');
    const first = await listRecommendations(viewer, {}, today());
    expect(first.rows.length).toBe(Math.min(50, first.total));
    const beyond = await listRecommendations(viewer, { page: 999 }, today());
    expect(beyond.page).toBe(beyond.pages);
  });
});

describe('a recommendation’s page', () => {
  it('is not found out of reach', async () => {
    expect(await recommendationDetail(await viewerFor('hp.mttq'), 'KN-HP-01', today())).toBeNull();
    expect(await recommendationDetail(await viewerFor('hp.danvan'), 'KN-HP-02', today())).toBeNull();
    expect(await recommendationDetail(await viewerFor('bnv'), 'KN-HP-01', today())).toBeNull();
  });

  it('shows the source, the session, each addressee’s answer and the linked tasks', async () => {
    const detail = await recommendationDetail(await viewerFor('hp.dieuphoi'), 'KN-HP-03', today());
    expect(detail).not.toBeNull();
    expect(detail!.source.code).toBe('P31');
    expect(detail!.session?.code).toBe('KS-HP');
    expect(detail!.status).toBe('accepted');
    const bnv = detail!.addressees.find((a) => a.code === 'BNV')!;
    expect(bnv.status).toBe('accepted');
    expect(bnv.respondedBy).toBe((await viewerFor('bnv')).name);
    expect(bnv.respondedOn).toBe('2025-02-14');
    expect(codes(detail!.tasks)).toEqual(['NV-BNV-01', 'NV-HP-03', 'NV-HP-07']);
    expect(detail!.timeline.map((e) => e.action)).toContain('recommendation.submit');
  });

  it('lists only the linked tasks the viewer may read', async () => {
    const detail = await recommendationDetail(await viewerFor('hp.danvan'), 'KN-HP-01', today());
    // KN-HP-01's source is P31, outside the official's scope: only their own task shows
    expect(codes(detail!.tasks)).toEqual(['NV-HP-06']);
  });

  it('shows a retired addressee with its successor', async () => {
    // The 2025 merger: an old request to the Central Mass Mobilisation Board keeps its addressee.
    const [rec] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-02'));
    const [board] = await db.select().from(organizations).where(eq(organizations.code, 'BDVTW'));
    await db.insert(recommendationAddressees).values({ recommendationId: rec.id, organizationId: board.id });
    const detail = await recommendationDetail(await viewerFor('hp.dieuphoi'), 'KN-HP-02', today());
    const retired = detail!.addressees.find((a) => a.code === 'BDVTW')!;
    expect(retired.retired).toBe(true);
    expect(retired.successor?.code).toBe('BTGDVTW');
    expect(retired.successor?.nameVi).toBe('Ban Tuyên giáo và Dân vận Trung ương');
    expect(detail!.addressees.find((a) => a.code === 'QH')!.retired).toBe(false);
  });
});

describe('duplicates in figures', () => {
  it('fold into the primary on the addressee side and still count on the source side', async () => {
    const national = await viewerFor('dieuphoi');
    const { rows } = await listRecommendations(national, { addressee: ['BNV'], sort: 'code' }, today());
    const other = rows.find((r) => r.code !== 'KN-HP-03' && !r.code.startsWith('KN-HP'));
    expect(other, 'a sample recommendation to BNV from another province').toBeDefined();
    const before = await recommendationsByAddresseeStatus(national);
    const bySourceBefore = await recommendationsByCategory(national, { asOf: today() });

    const detail = await recommendationDetail(national, other!.code, today());
    const result = await markDuplicate(national, {
      code: other!.code,
      version: detail!.version,
      primary: 'KN-HP-03',
    });
    expect(result.ok).toBe(true);

    const after = await recommendationsByAddresseeStatus(national);
    const total = (figures: typeof after, code: string) =>
      figures.filter((f) => f.code === code).reduce((sum, f) => sum + f.recommendations, 0);
    expect(total(after, 'BNV')).toBe(total(before, 'BNV') - 1);
    const accepted = after.find((f) => f.code === 'BNV' && f.status === 'accepted')!;
    const acceptedBefore = before.find((f) => f.code === 'BNV' && f.status === 'accepted')!;
    // its locality now counts under the primary's answer (unless its own answer already put it there)
    const alreadyAccepted = detail!.addressees.some((a) => a.code === 'BNV' && a.status === 'accepted');
    expect(accepted.sources).toBe(acceptedBefore.sources + (alreadyAccepted ? 0 : 1));

    const bySource = await recommendationsByCategory(national, { asOf: today() });
    const sum = (figures: typeof bySource) => figures.reduce((s, f) => s + f.count, 0);
    expect(sum(bySource)).toBe(sum(bySourceBefore));

    const primary = await recommendationDetail(national, 'KN-HP-03', today());
    expect(codes(primary!.duplicates)).toEqual([other!.code]);
    // a Hải Phòng viewer sees the other locality's name, not a link to its request
    const hp = await recommendationDetail(await viewerFor('hp.dieuphoi'), 'KN-HP-03', today());
    expect(hp!.duplicates[0].visible).toBe(false);
  });
});
