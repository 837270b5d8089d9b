import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, organizations, recommendations } from '@/db/schema';
import { today } from '@/lib/clock';
import { AnswerInput, NewRecommendationInput } from '@/lib/validations/recommendations';
import { viewerFor } from '@/tests/viewers';
import { answerRecommendation, markDuplicate, setResponseDeadline } from './recommendation-answers';
import { recommendationDetail } from './recommendation-detail';
import { createRecommendation, editRecommendation, submitRecommendation } from './recommendation-writes';

const draft = {
  review: 'TK20-NQ23',
  sourceOrg: 'P31',
  session: 'KS-HP',
  category: 'guidance' as const,
  text: 'Đề nghị Bộ Nội vụ hướng dẫn chế độ cán bộ <b>thôn</b> =SUM(A1:A9)',
  addressees: ['BNV'],
};

async function versionOf(code: string) {
  const [row] = await db
    .select({ v: recommendations.version })
    .from(recommendations)
    .where(eq(recommendations.code, code));
  return row.v;
}

async function eventsOf(code: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'recommendation'), eq(events.entityCode, code)));
}

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

describe('forged calls are refused and change nothing', () => {
  it('a leader can draft, edit, submit, answer, set deadlines or merge nothing', async () => {
    for (const login of ['lanhdao', 'hp.lanhdao']) {
      const leader = await viewerFor(login);
      const version = await versionOf('KN-HP-02');
      expect(await createRecommendation(leader, draft)).toEqual({ ok: false, reason: 'forbidden' });
      expect(
        await answerRecommendation(leader, {
          code: 'KN-HP-02',
          version,
          addressee: 'QH',
          status: 'under_review',
          response: '',
        }),
      ).toEqual({ ok: false, reason: 'forbidden' });
      expect(
        await setResponseDeadline(leader, { code: 'KN-HP-02', version, responseDueOn: '2027-01-01' }),
      ).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      expect(await markDuplicate(leader, { code: 'KN-HP-02', version, primary: 'KN-HP-03' })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      expect(await versionOf('KN-HP-02')).toBe(version);
    }
  });

  it('the HP-BDV official reads KN-HP-01 but can neither answer nor edit it', async () => {
    const official = await viewerFor('hp.danvan');
    expect(await recommendationDetail(official, 'KN-HP-01', today())).not.toBeNull();
    const version = await versionOf('KN-HP-01');
    expect(
      await answerRecommendation(official, {
        code: 'KN-HP-01',
        version,
        addressee: 'BCT',
        status: 'accepted',
        response: '',
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(
      await editRecommendation(official, {
        code: 'KN-HP-01',
        version,
        session: '',
        category: 'other',
        text: 'x',
        addressees: ['BNV'],
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(await versionOf('KN-HP-01')).toBe(version);
  });

  it('out of reach is not found', async () => {
    const mttq = await viewerFor('hp.mttq');
    expect(await submitRecommendation(mttq, { code: 'KN-HP-01', version: 1 })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(
      await answerRecommendation(await viewerFor('bnv'), {
        code: 'KN-HP-01',
        version: 1,
        addressee: 'BCT',
        status: 'under_review',
        response: '',
      }),
    ).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('concurrency', () => {
  it('a stale version is a conflict and overwrites nothing', async () => {
    const national = await viewerFor('dieuphoi');
    const version = await versionOf('KN-HP-02');
    expect(
      await setResponseDeadline(national, { code: 'KN-HP-02', version, responseDueOn: '2027-03-31' }),
    ).toMatchObject({ ok: true });
    expect(
      await setResponseDeadline(national, { code: 'KN-HP-02', version, responseDueOn: '2027-06-30' }),
    ).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const [row] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-02'));
    expect(row.responseDueOn).toBe('2027-03-31');
    const deadlineEvents = (await eventsOf('KN-HP-02')).filter(
      (e) => e.action === 'recommendation.setDeadline',
    );
    expect(deadlineEvents).toHaveLength(1);
  });

  it('an answer bumps the recommendation’s version: a second answer from a stale page conflicts', async () => {
    const national = await viewerFor('dieuphoi');
    const version = await versionOf('KN-HP-02');
    const answer = (addressee: string) =>
      answerRecommendation(national, {
        code: 'KN-HP-02',
        version,
        addressee,
        status: 'under_review',
        response: '',
      });
    expect(await answer('QH')).toMatchObject({ ok: true });
    expect(await answer('CP')).toEqual({ ok: false, reason: 'conflict' });
  });
});

describe('bad input', () => {
  const parse = (fields: Record<string, unknown>) =>
    NewRecommendationInput.safeParse({ ...draft, ...fields });
  const messages = (result: ReturnType<typeof parse>) =>
    result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);

  it('names the field and the reason', () => {
    expect(messages(parse({ text: '   ' }))).toEqual(['text:recommendations.errors.textRequired']);
    expect(messages(parse({ text: 'x'.repeat(5001) }))).toEqual(['text:recommendations.errors.textTooLong']);
    expect(messages(parse({ addressees: [] }))).toEqual([
      'addressees:recommendations.errors.addresseeRequired',
    ]);
    expect(parse({ extra: 'x' }).success).toBe(false); // strict: an unknown field is refused
    const declined = AnswerInput.safeParse({
      code: 'KN-HP-02',
      version: 1,
      addressee: 'QH',
      status: 'declined',
      response: ' ',
    });
    expect(declined.success).toBe(false);
    expect(declined.error!.issues[0]).toMatchObject({
      path: ['response'],
      message: 'recommendations.errors.reasonRequired',
    });
  });

  it('refuses a retired, group or unknown addressee and keeps nothing', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    for (const addressee of ['BDVTW', 'TW', 'VN', 'NOPE']) {
      expect(await createRecommendation(hp, { ...draft, addressees: ['BNV', addressee] })).toEqual({
        ok: false,
        reason: 'invalid',
        field: 'addressees',
        message: 'recommendations.errors.addresseeInvalid',
      });
    }
    expect(await createRecommendation(hp, { ...draft, sourceOrg: 'P01' })).toMatchObject({
      field: 'sourceOrg',
    });
    const official = await viewerFor('hp.danvan');
    expect(await createRecommendation(official, { ...draft, sourceOrg: 'P31' })).toMatchObject({
      field: 'sourceOrg',
    });
    expect(
      await createRecommendation(official, { ...draft, sourceOrg: 'HP-BDV', session: '' }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a reply deadline before the submission day', async () => {
    const national = await viewerFor('dieuphoi');
    expect(
      await setResponseDeadline(national, {
        code: 'KN-HP-02',
        version: await versionOf('KN-HP-02'),
        responseDueOn: '2024-06-06',
      }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
      field: 'responseDueOn',
      message: 'recommendations.errors.deadlineBeforeSubmission',
    });
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
