import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { organizations, recommendations } from '@/db/schema';
import { today } from '@/lib/clock';
import { AnswerInput, NewRecommendationInput } from '@/lib/validations/recommendations';
import { draft, eventsOf, versionOf } from '@/tests/recommendations';
import { viewerFor } from '@/tests/viewers';
import { answerRecommendation, markDuplicate, setResponseDeadline } from './recommendation-answers';
import { recommendationDetail } from './recommendation-detail';
import { createRecommendation, editRecommendation, submitRecommendation } from './recommendation-writes';
import { createUser } from './users';

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

describe('answering for an addressee', () => {
  it('needs that addressee in the viewer’s reach, for the review’s coordinating office too', async () => {
    const [bcd23] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.code, 'BCD23'));
    const made = await db.transaction((tx) =>
      createUser(tx, {
        login: 'bcd23.dieuphoi',
        role: 'coordinator',
        organizationId: bcd23.id,
        scopeId: bcd23.id,
        displayName: 'Văn phòng Ban Chỉ đạo',
        password: 'Mot-mat-khau-dai-2026',
        mustChangePassword: false,
        actorId: null,
      }),
    );
    expect(made.ok).toBe(true);
    const hp = await viewerFor('hp.dieuphoi');
    const created = await createRecommendation(hp, { ...draft, addressees: ['BCD23', 'BNV'] });
    if (!created.ok) throw new Error(created.reason);
    const { code } = created;
    expect(await submitRecommendation(hp, { code, version: await versionOf(code) })).toMatchObject({
      ok: true,
    });

    const office = await viewerFor('bcd23.dieuphoi');
    const answer = async (addressee: string) =>
      answerRecommendation(office, {
        code,
        version: await versionOf(code),
        addressee,
        status: 'under_review',
        response: '',
      });
    const version = await versionOf(code);
    expect(await answer('BNV')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await versionOf(code)).toBe(version);
    expect((await eventsOf(code)).filter((e) => e.action === 'recommendation.answer')).toHaveLength(0);
    expect(await answer('BCD23')).toEqual({ ok: true, code });
  });
});
