import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, resolutions, reviews } from '@/db/schema';
import { today } from '@/lib/clock';
import { ReviewCreateInput } from '@/lib/validations/reviews';
import { viewerFor } from '@/tests/viewers';
import * as eventsModule from './events';
import { listReviews } from './reference';
import {
  createResolution,
  createReview,
  findResolution,
  findReview,
  listResolutionsWithReviews,
  updateResolution,
  updateReview,
} from './review-admin';
import { reviewOptions } from './tasks';

vi.mock('./events', async (original) => {
  const actual = await original<typeof import('./events')>();
  return { ...actual, recordEvent: vi.fn(actual.recordEvent) };
});

const eventsOf = (entityType: string, code: string) =>
  db
    .select()
    .from(events)
    .where(and(eq(events.entityType, entityType), eq(events.entityCode, code)));

const resolution = {
  code: '12-CT/TW',
  titleVi: 'Chỉ thị số 12',
  titleEn: null,
  issuerVi: 'Ban Bí thư',
  issuedOn: '2026-01-05',
};
const review = {
  code: 'TK-CT12',
  resolution: '12-CT/TW',
  titleVi: 'Sơ kết Chỉ thị số 12',
  titleEn: null,
  startsOn: '2026-11-01',
  endsOn: '2027-06-30',
  coordinator: 'BTGDVTW',
};

describe('resolutions', () => {
  it('are created and edited by an admin or a coordinator of national scope, each with its event', async () => {
    const admin = await viewerFor('quantri');
    expect(await createResolution(admin, resolution)).toEqual({ ok: true, code: '12-CT/TW' });
    const [created] = await eventsOf('resolution', '12-CT/TW');
    expect(created).toMatchObject({ action: 'resolution.created', actorId: admin.id });
    expect(await createResolution(admin, { ...resolution, titleVi: 'x' })).toEqual({
      ok: false,
      reason: 'code_taken',
    });

    const coordinator = await viewerFor('dieuphoi');
    const stamp = (await findResolution(coordinator, '12-CT/TW'))!.stamp;
    const edit = { ...resolution, current: '12-CT/TW', titleVi: 'Chỉ thị số 12-CT/TW', stamp };
    expect(await updateResolution(coordinator, edit)).toEqual({ ok: true, code: '12-CT/TW' });
    // the same form again is stale; a code that exists is refused
    expect(await updateResolution(coordinator, { ...edit, titleVi: 'Khác' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const fresh = (await findResolution(coordinator, '12-CT/TW'))!.stamp;
    expect(await updateResolution(coordinator, { ...edit, code: '43-NQ/TW', stamp: fresh })).toEqual({
      ok: false,
      reason: 'code_taken',
    });
    const [row] = await db.select().from(resolutions).where(eq(resolutions.code, '12-CT/TW'));
    expect(row.titleVi).toBe('Chỉ thị số 12-CT/TW');
    expect(await eventsOf('resolution', '12-CT/TW')).toHaveLength(2);
  });

  it('are refused to a coordinator of a province, to leaders and to officials', async () => {
    for (const login of ['hp.dieuphoi', 'lanhdao', 'hp.lanhdao', 'bnv', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      expect(await createResolution(viewer, { ...resolution, code: '99-NQ/TW' })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      expect(await listResolutionsWithReviews(viewer)).toEqual([]);
      expect(await findResolution(viewer, '23-NQ/TW')).toBeNull();
    }
    expect(await db.select().from(resolutions).where(eq(resolutions.code, '99-NQ/TW'))).toEqual([]);
  });
});

describe('reviews', () => {
  it('a new review of Resolution 43-NQ/TW is listed with its resolution and offered in every review filter', async () => {
    const coordinator = await viewerFor('dieuphoi');
    const input = { ...review, code: 'TK-NQ43', resolution: '43-NQ/TW', titleVi: 'Sơ kết Nghị quyết 43' };
    expect(await createReview(coordinator, input, today())).toEqual({ ok: true, code: 'TK-NQ43' });
    const [created] = await eventsOf('review', 'TK-NQ43');
    expect(created).toMatchObject({ action: 'review.created', actorId: coordinator.id });
    const listed = await listResolutionsWithReviews(coordinator);
    expect(listed.find((r) => r.code === '43-NQ/TW')?.reviews.map((v) => v.code)).toEqual(['TK-NQ43']);
    expect((await reviewOptions()).map((r) => r.code)).toContain('TK-NQ43');
    expect((await listReviews()).map((r) => r.code)).toContain('TK-NQ43');
  });

  it('refuses an unknown resolution, a coordinating unit that is a group or retired, a taken code and other roles', async () => {
    const admin = await viewerFor('quantri');
    const attempt = (overrides: Partial<typeof review>, viewer = admin) =>
      createReview(viewer, { ...review, code: 'TK-BAD', ...overrides }, today());
    expect(await attempt({ resolution: '77-NQ/TW' })).toEqual({ ok: false, reason: 'unknown_resolution' });
    expect(await createResolution(admin, { ...resolution, code: '13-CT/TW' })).toMatchObject({ ok: true });
    for (const coordinator of ['TW', 'VN', 'BDVTW', 'NOPE']) {
      expect(await attempt({ resolution: '13-CT/TW', coordinator })).toEqual({
        ok: false,
        reason: 'coordinator_invalid',
      });
    }
    expect(await attempt({ code: 'TK20-NQ23', resolution: '13-CT/TW' })).toEqual({
      ok: false,
      reason: 'code_taken',
    });
    expect(await attempt({ resolution: '13-CT/TW' }, await viewerFor('hp.dieuphoi'))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await db.select().from(reviews).where(eq(reviews.code, 'TK-BAD'))).toEqual([]);
    expect(
      ReviewCreateInput.safeParse({ ...review, startsOn: '2026-12-01', endsOn: '2026-11-30' }).error
        ?.issues[0],
    ).toMatchObject({ path: ['endsOn'], message: 'reviewAdmin.errors.endsBeforeStart' });
  });

  it('is edited with an optimistic lock; its change and event are one transaction', async () => {
    const admin = await viewerFor('quantri');
    const current = (await findReview(admin, 'TK20-NQ23'))!;
    const edit = {
      current: 'TK20-NQ23',
      code: 'TK20-NQ23',
      resolution: '23-NQ/TW',
      titleVi: current.titleVi,
      titleEn: current.titleEn,
      startsOn: current.startsOn!,
      endsOn: '2025-06-30',
      coordinator: 'BCD23',
      stamp: current.stamp,
    };
    vi.mocked(eventsModule.recordEvent).mockRejectedValueOnce(new Error('event store down'));
    await expect(updateReview(admin, edit, today())).rejects.toThrow('event store down');
    expect((await findReview(admin, 'TK20-NQ23'))!.endsOn).toBe('2024-12-31');

    expect(await updateReview(admin, edit, today())).toEqual({ ok: true, code: 'TK20-NQ23' });
    expect((await findReview(admin, 'TK20-NQ23'))!.endsOn).toBe('2025-06-30');
    expect(await updateReview(admin, { ...edit, endsOn: '2025-12-31' }, today())).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const logged = await eventsOf('review', 'TK20-NQ23');
    expect(logged.map((e) => e.action)).toEqual(['review.updated']);
  });
});
