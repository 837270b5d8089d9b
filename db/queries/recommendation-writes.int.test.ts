import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { organizations, recommendations } from '@/db/schema';
import { now, today } from '@/lib/clock';
import type { AnswerInput } from '@/lib/validations/recommendations';
import { draft, eventsOf, versionOf } from '@/tests/recommendations';
import { viewerFor } from '@/tests/viewers';
import { answerRecommendation, markDuplicate } from './recommendation-answers';
import { recommendationDetail } from './recommendation-detail';
import { createRecommendation, editRecommendation, submitRecommendation } from './recommendation-writes';

describe('the Hải Phòng coordinator sends a recommendation to the Ministry of Home Affairs', () => {
  it('drafts, submits; the Ministry answers step by step; the derived status follows', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    const bnv = await viewerFor('bnv');
    const created = await createRecommendation(hp, draft);
    expect(created).toMatchObject({ ok: true });
    const code = (created as { code: string }).code;
    expect(code).toMatch(/^KN-2026-\d{4}$/);

    // a draft stays on the source side
    expect(await recommendationDetail(bnv, code, today())).toBeNull();
    expect((await recommendationDetail(hp, code, today()))!.text).toBe(draft.text);

    expect(await submitRecommendation(hp, { code, version: await versionOf(code) })).toMatchObject({
      ok: true,
    });
    const submitted = await recommendationDetail(bnv, code, today());
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: today() });

    const step = (status: AnswerInput['status'], response = '') =>
      versionOf(code).then((version) =>
        answerRecommendation(bnv, { code, version, addressee: 'BNV', status, response }),
      );
    expect(await step('under_review')).toMatchObject({ ok: true });
    expect(await step('accepted', 'Tiếp thu, sẽ ban hành hướng dẫn.')).toMatchObject({ ok: true });

    const seen = await recommendationDetail(hp, code, today());
    expect(seen!.status).toBe('accepted');
    expect(seen!.addressees[0]).toMatchObject({
      status: 'accepted',
      responseText: 'Tiếp thu, sẽ ban hành hướng dẫn.',
      respondedBy: bnv.name,
      respondedOn: today(),
    });
    // the answers stamp the application's clock (the tests' fixed instant), not the machine's
    const [stamped] = await db
      .select({ updatedAt: recommendations.updatedAt })
      .from(recommendations)
      .where(eq(recommendations.code, code));
    expect(stamped.updatedAt).toEqual(now());
    const actions = (await eventsOf(code)).map((e) => `${e.action}:${e.toValue ?? ''}`);
    expect(actions).toEqual([
      'recommendation.create:draft',
      'recommendation.submit:submitted',
      'recommendation.answer:under_review',
      'recommendation.answer:accepted',
    ]);
  });

  it('refuses a skipped step and the source side answering its own request', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    const bnv = await viewerFor('bnv');
    const version = await versionOf('KN-HP-02');
    expect(
      await answerRecommendation(bnv, {
        code: 'KN-HP-03',
        version: await versionOf('KN-HP-03'),
        addressee: 'BNV',
        status: 'declined',
        response: 'x',
      }),
    ).toEqual({ ok: false, reason: 'invalid_transition' });
    expect(
      await answerRecommendation(hp, {
        code: 'KN-HP-02',
        version,
        addressee: 'QH',
        status: 'under_review',
        response: '',
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('duplicates', () => {
  it('cannot point at itself or at a duplicate; both directions and the undo are events', async () => {
    const national = await viewerFor('dieuphoi');
    const mark = async (code: string, primary: string) =>
      markDuplicate(national, { code, version: await versionOf(code), primary });
    expect(await mark('KN-HP-02', 'KN-HP-02')).toMatchObject({
      field: 'primary',
      message: 'recommendations.errors.notItself',
    });
    expect(await mark('KN-HP-02', 'KN-HP-01')).toMatchObject({ ok: true });
    expect(await mark('KN-HP-03', 'KN-HP-02')).toMatchObject({
      message: 'recommendations.errors.primaryIsDuplicate',
    });
    expect(await mark('KN-HP-01', 'KN-HP-03')).toMatchObject({
      message: 'recommendations.errors.hasDuplicates',
    });
    expect(await mark('KN-HP-02', '')).toMatchObject({ ok: true });
    const dupActions = (await eventsOf('KN-HP-02'))
      .map((e) => e.action)
      .filter((a) => a.includes('uplicate'));
    expect(dupActions).toEqual(['recommendation.markDuplicate', 'recommendation.unmarkDuplicate']);
    const primaryActions = (await eventsOf('KN-HP-01'))
      .map((e) => e.action)
      .filter((a) => a.includes('uplicate'));
    expect(primaryActions).toEqual(['recommendation.duplicateAdded', 'recommendation.duplicateRemoved']);
    // only the review coordinator merges
    const hp = await viewerFor('hp.dieuphoi');
    expect(
      await markDuplicate(hp, {
        code: 'KN-HP-02',
        version: await versionOf('KN-HP-02'),
        primary: 'KN-HP-01',
      }),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe('editing a draft', () => {
  it('changes text and addressees, refuses a stale version, and refuses to submit to a body retired since', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    const created = await createRecommendation(hp, draft);
    const code = (created as { code: string }).code;
    const version = await versionOf(code);
    const edit = {
      code,
      version,
      session: '',
      category: 'policy' as const,
      text: 'Bản sửa',
      addressees: ['CP', 'BNV'],
    };
    expect(await editRecommendation(hp, edit)).toMatchObject({ ok: true });
    expect(await editRecommendation(hp, { ...edit, text: 'Bản cũ' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const detail = await recommendationDetail(hp, code, today());
    expect(detail).toMatchObject({ text: 'Bản sửa', category: 'policy', session: null });
    expect(detail!.addressees.map((a) => a.code).sort()).toEqual(['BNV', 'CP']);
    const [edited] = await db
      .select({ updatedAt: recommendations.updatedAt })
      .from(recommendations)
      .where(eq(recommendations.code, code));
    expect(edited.updatedAt).toEqual(now());
    expect((await eventsOf(code)).map((e) => e.action)).toEqual([
      'recommendation.create',
      'recommendation.edit',
    ]);

    // the Government is retired after the draft was written: submission is refused, nothing changes
    await db.update(organizations).set({ validTo: '2026-11-01' }).where(eq(organizations.code, 'CP'));
    const before = await versionOf(code);
    expect(await submitRecommendation(hp, { code, version: before })).toEqual({
      ok: false,
      reason: 'invalid',
      field: 'addressees',
      message: 'recommendations.errors.addresseeInvalid',
    });
    expect(await versionOf(code)).toBe(before);
    await db.update(organizations).set({ validTo: null }).where(eq(organizations.code, 'CP'));
  });
});
