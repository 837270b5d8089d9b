import { hashPassword } from '@/lib/auth/password';
import { addDays, today } from '@/lib/clock';
import type { Executor } from '../index';
import {
  events,
  recommendationAddressees,
  recommendations,
  reviews,
  surveySessions,
  taskRecommendations,
  taskStatusPeriods,
  taskSupportingUnits,
  tasks,
  users,
} from '../schema';
import { DEMO_PASSWORD, type SeedRecommendation, type SeedTask, seed } from './data';
import { at, planTaskHistory } from './history';
import { relativeDemoData } from './relative';
import { sampleProvinceData } from './sample';

type Ids = Map<string, number>;

/** Who does what in the seeded history: the coordinator of the place, the assignee's official. */
type Actors = { coordinator: number; officialOf: (orgCode: string) => number };

/** The demo accounts, survey sessions, recommendations and tasks with their history. */
export async function loadDemoData(tx: Executor, orgIds: Ids): Promise<void> {
  const userIds = await insertUsers(tx, orgIds);
  const [review] = await tx.select({ id: reviews.id, code: reviews.code }).from(reviews);
  const reviewIds = new Map([[review.code, review.id]]);
  const sample = sampleProvinceData();
  const relative = relativeDemoData(today());

  const sessionIds = new Map<string, number>();
  const sessions = [...seed.surveySessions, ...sample.sessions];
  for (const s of sessions) {
    const heldOn =
      s.heldOn ??
      (s.heldBefore ? addDays(seed.surveySessions.find((o) => o.code === s.heldBefore)!.heldOn!, -1) : null);
    const [row] = await tx
      .insert(surveySessions)
      .values({
        code: s.code,
        reviewId: reviewIds.get(s.review)!,
        organizationId: orgIds.get(s.organization)!,
        heldOn,
        titleVi: s.titleVi,
        titleEn: s.titleEn ?? null,
        delegation: s.delegationLeadVi ?? null,
        participants: s.participantsVi ?? [],
        source: s.source ?? null,
        createdById: userIds.get('dieuphoi')!,
        createdAt: at(heldOn ?? '2024-05-20'),
        updatedAt: at(heldOn ?? '2024-05-20'),
      })
      .returning({ id: surveySessions.id });
    sessionIds.set(s.code, row.id);
  }

  const national: Actors = {
    coordinator: userIds.get('dieuphoi')!,
    officialOf: () => userIds.get('dieuphoi')!,
  };
  const haiPhong: Actors = {
    coordinator: userIds.get('hp.dieuphoi')!,
    officialOf: (org) =>
      userIds.get(
        ({ 'HP-BDV': 'hp.danvan', 'HP-MTTQ': 'hp.mttq' } as Record<string, string>)[org] ?? 'hp.dieuphoi',
      )!,
  };
  const bnv: Actors = { coordinator: userIds.get('dieuphoi')!, officialOf: () => userIds.get('bnv')! };
  // The Steering Committee assigns Hải Phòng's own task; the city's office reports on it.
  const city: Actors = {
    coordinator: userIds.get('dieuphoi')!,
    officialOf: () => userIds.get('hp.dieuphoi')!,
  };

  const recIds = new Map<string, number>();
  for (const r of [...seed.recommendations, ...sample.recommendations, ...relative.recommendations]) {
    recIds.set(r.code, await insertRecommendation(tx, r, { orgIds, reviewIds, sessionIds, userIds }));
  }
  const taskIds = new Map<string, number>();
  for (const t of [...seed.tasks, ...sample.tasks, ...relative.tasks]) {
    const actors =
      t.assignee === 'BNV'
        ? bnv
        : t.assignee === 'P31'
          ? city
          : t.assignee.startsWith('HP-')
            ? haiPhong
            : national;
    const id = await insertTask(tx, t, { orgIds, reviewIds, sessionIds, actors, taskIds });
    taskIds.set(t.code, id);
    for (const code of t.recommendations ?? []) {
      await tx.insert(taskRecommendations).values({ taskId: id, recommendationId: recIds.get(code)! });
    }
    const parts = SUPPORTING_PARTS[t.code];
    if (parts) await insertSupportingParts(tx, id, t, parts, { orgIds, actors });
  }
}

/** The demo's supporting units (đơn vị phối hợp) and their parts, by task code. */
const SUPPORTING_PARTS: Record<string, { unit: string; done: string; note: string }[]> = {
  'NV-HP-01': [
    { unit: 'HP-MTTQ', done: '2024-06-20', note: 'Đã gửi ý kiến của Mặt trận về dự thảo báo cáo.' },
    { unit: 'HP-BTG', done: '2024-06-24', note: 'Đã rà soát phần tuyên truyền trong báo cáo.' },
  ],
};

/**
 * Supporting units named when the task was assigned, each part done by its unit's official
 * before the lead reported completion: rows and their history (the figures do not read them).
 */
async function insertSupportingParts(
  tx: Executor,
  taskId: number,
  t: SeedTask,
  parts: { unit: string; done: string; note: string }[],
  ctx: { orgIds: Ids; actors: Actors },
): Promise<void> {
  const base = {
    entityType: 'task',
    entityId: taskId,
    entityCode: t.code,
  };
  await tx.insert(events).values({
    ...base,
    at: at(t.createdOn, '09:05'),
    actorId: ctx.actors.coordinator,
    organizationId: ctx.orgIds.get(t.assignee)!,
    action: 'task.support',
    fromValue: null,
    toValue: parts.map((p) => p.unit).join(';'),
    data: { added: parts.map((p) => p.unit), removed: [], reason: null },
  });
  for (const part of parts) {
    const actorId = ctx.actors.officialOf(part.unit);
    await tx.insert(taskSupportingUnits).values({
      taskId,
      organizationId: ctx.orgIds.get(part.unit)!,
      status: 'done',
      note: part.note,
      updatedById: actorId,
      updatedAt: at(part.done, '15:00'),
      version: 2,
    });
    await tx.insert(events).values({
      ...base,
      at: at(part.done, '15:00'),
      actorId,
      organizationId: ctx.orgIds.get(part.unit)!,
      action: 'task.part',
      fromValue: 'not_started',
      toValue: 'done',
      data: { unit: part.unit, note: part.note },
    });
  }
}

async function insertUsers(tx: Executor, orgIds: Ids): Promise<Ids> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, number>();
  for (const u of seed.users) {
    const [row] = await tx
      .insert(users)
      .values({
        login: u.username,
        displayName: u.nameVi,
        passwordHash,
        role: u.role,
        organizationId: orgIds.get(u.organization)!,
        scopeId: orgIds.get(u.scope)!,
      })
      .returning({ id: users.id });
    ids.set(u.username, row.id);
  }
  return ids;
}

type TaskContext = { orgIds: Ids; reviewIds: Ids; sessionIds: Ids; actors: Actors; taskIds: Ids };

async function insertTask(tx: Executor, t: SeedTask, ctx: TaskContext): Promise<number> {
  const assigneeOrgId = ctx.orgIds.get(t.assignee)!;
  const completedOn = t.completedOn ?? null;
  const steps = planTaskHistory({
    createdOn: t.createdOn,
    dueOn: t.dueOn,
    status: t.status,
    completedOn,
    progress: t.progress,
  });
  const last = steps[steps.length - 1];
  const actorOf = (by: 'coordinator' | 'official') =>
    by === 'coordinator' ? ctx.actors.coordinator : ctx.actors.officialOf(t.assignee);
  const [row] = await tx
    .insert(tasks)
    .values({
      code: t.code,
      reviewId: ctx.reviewIds.get(t.review)!,
      sessionId: t.session ? ctx.sessionIds.get(t.session)! : null,
      assigneeOrgId,
      parentId: t.parent ? ctx.taskIds.get(t.parent)! : null,
      title: t.titleVi,
      dueOn: t.dueOn,
      originalDueOn: t.dueOn,
      status: t.status,
      progress: t.progress,
      completedOn: t.status === 'completed' || t.status === 'awaiting_confirmation' ? completedOn : null,
      version: steps.length,
      createdById: ctx.actors.coordinator,
      updatedById: actorOf(last.by),
      createdAt: steps[0].at,
      updatedAt: last.at,
    })
    .returning({ id: tasks.id });

  await tx.insert(events).values(
    steps.map((step) => ({
      at: step.at,
      actorId: actorOf(step.by),
      organizationId: assigneeOrgId,
      entityType: 'task',
      entityId: row.id,
      entityCode: t.code,
      action: step.action,
      fromValue: step.from,
      toValue: step.to,
      data:
        step.action === 'task.create'
          ? { title: t.titleVi, dueOn: t.dueOn, ...(t.parent ? { parent: t.parent } : {}) }
          : step.progress !== undefined
            ? { progress: step.progress }
            : {},
    })),
  );
  if (t.parent) {
    // The cascade in the parent's history too, as createTask writes it.
    await tx.insert(events).values({
      at: steps[0].at,
      actorId: ctx.actors.coordinator,
      organizationId: assigneeOrgId,
      entityType: 'task',
      entityId: ctx.taskIds.get(t.parent)!,
      entityCode: t.parent,
      action: 'task.cascade',
      toValue: t.code,
      data: { child: t.code, assignee: t.assignee, dueOn: t.dueOn },
    });
  }
  const changes = steps.filter((s) => s.from !== s.to);
  await tx.insert(taskStatusPeriods).values(
    changes.map((step, i) => ({
      taskId: row.id,
      assigneeOrgId,
      status: step.to,
      dueOn: t.dueOn,
      completedOn: step.to === 'completed' || step.to === 'awaiting_confirmation' ? completedOn : null,
      validFrom: step.at,
      validTo: changes[i + 1]?.at ?? null,
    })),
  );
  return row.id;
}

type RecContext = { orgIds: Ids; reviewIds: Ids; sessionIds: Ids; userIds: Ids };

async function insertRecommendation(tx: Executor, r: SeedRecommendation, ctx: RecContext): Promise<number> {
  const sourceOrgId = ctx.orgIds.get(r.sourceOrg)!;
  const drafter = r.sourceOrg === 'P31' ? ctx.userIds.get('hp.dieuphoi')! : ctx.userIds.get('dieuphoi')!;
  const reviewer = ctx.userIds.get('dieuphoi')!;
  const createdOn = r.submittedOn ? addDays(r.submittedOn, -5) : '2024-06-01';
  const [row] = await tx
    .insert(recommendations)
    .values({
      code: r.code,
      reviewId: ctx.reviewIds.get(r.review)!,
      sessionId: r.session ? ctx.sessionIds.get(r.session)! : null,
      sourceOrgId,
      category: r.category,
      text: r.textVi,
      summaryEn: r.summaryEn ?? null,
      submittedOn: r.submittedOn,
      responseDueOn: r.responseDueOn,
      createdById: drafter,
      updatedById: drafter,
      createdAt: at(createdOn),
    })
    .returning({ id: recommendations.id });
  const event = (
    day: string,
    time: string,
    actorId: number,
    action: string,
    from: string | null,
    to: string,
    data = {},
  ) => ({
    at: at(day, time),
    actorId,
    organizationId: sourceOrgId,
    entityType: 'recommendation',
    entityId: row.id,
    entityCode: r.code,
    action,
    fromValue: from,
    toValue: to,
    data,
  });
  const history = [event(createdOn, '09:00', drafter, 'recommendation.create', null, 'draft')];
  if (r.submittedOn)
    history.push(event(r.submittedOn, '10:00', drafter, 'recommendation.submit', 'draft', 'submitted'));

  for (const code of r.addressees) {
    const status = r.addresseeStatus[code] ?? 'submitted';
    const response = r.responses?.find((x) => x.addressee === code);
    const responder = code === 'BNV' ? ctx.userIds.get('bnv')! : reviewer;
    await tx.insert(recommendationAddressees).values({
      recommendationId: row.id,
      organizationId: ctx.orgIds.get(code)!,
      status,
      responseText: response?.textVi ?? null,
      respondedById: response ? responder : null,
      respondedOn: response?.on ?? null,
    });
    if (!r.submittedOn || status === 'submitted') continue;
    const reviewDay = addDays(r.submittedOn, 20);
    history.push(
      event(reviewDay, '14:00', responder, 'recommendation.answer', 'submitted', 'under_review', {
        addressee: code,
      }),
    );
    if (status !== 'under_review') {
      const day = response?.on ?? addDays(reviewDay, 60);
      history.push(
        event(day, '11:00', responder, 'recommendation.answer', 'under_review', status, {
          addressee: code,
          response: response?.textVi,
        }),
      );
    }
  }
  await tx.insert(events).values(history);
  return row.id;
}
