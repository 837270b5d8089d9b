import { VIEWERS } from '../tests/security/registry';
import { callAction, DEMO_PASSWORD, signedIn } from './security/action-client';
import { expect, snapshot, test } from './security/matrix-fixtures';
import { fresh, MATRIX_PASSWORD, makeSubject } from './security/subjects';

/**
 * Object level: a record of another unit named by its code (a forged id) is refused as "not
 * found" and left as it was. Field level: fields that the form does not have (organization,
 * version, status, role, scope…) are ignored, and fields a role may not set are refused.
 * PostgreSQL only: the test reads the server's database.
 */
const row = (table: string, key: string, value: string) => ({
  sql: `SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${key} = $1`,
  params: [value],
});

test.describe('forged ids and mass assignment @postgres', () => {
  test('records of another unit, named by their code, are out of reach', async ({ db, viewers, origin }) => {
    // A Hải Phòng task and recommendation, from the matrix's P01 coordinator and official.
    const task = row('tasks', 'code', 'NV-HP-01');
    const before = await snapshot(db, task);
    const edit = await callAction(
      viewers.coordinator,
      origin,
      '/tasks/NV-HP-01/edit',
      'app/(app)/tasks/actions.ts#editTaskAction',
      { code: 'NV-HP-01', version: '1', title: 'Giả mạo', description: '', assignee: 'P01', session: '' },
    );
    expect(edit.state?.message).toBe('tasks.errors.notFound');
    const progress = await callAction(
      viewers.officialInScope,
      origin,
      '/tasks/NV-HP-01',
      'app/(app)/tasks/actions.ts#taskAction',
      {
        action: 'progress',
        code: 'NV-HP-01',
        version: '1',
        progress: '50',
        note: 'Giả mạo',
      },
    );
    expect(progress.state?.message).toMatch(/^tasks\.errors\.(notFound|forbidden)$/);
    expect(await snapshot(db, task)).toBe(before);

    const rec = row('recommendations', 'code', 'KN-HP-01');
    const recBefore = await snapshot(db, rec);
    const answer = await callAction(
      viewers.officialInScope,
      origin,
      '/recommendations/KN-HP-01',
      'app/(app)/recommendations/actions.ts#answerRecommendationAction',
      { code: 'KN-HP-01', version: '1', addressee: 'BCT', status: 'accepted', response: 'Giả mạo' },
    );
    expect(answer.state?.status).toBe('error');
    expect(await snapshot(db, rec)).toBe(recBefore);

    // An answer in the name of another addressee of a recommendation the official may answer.
    const makers = {
      coordinator: viewers.coordinator,
      national: viewers.reviewCoordinator,
      admin: viewers.admin,
    };
    const { subject } = await makeSubject(
      'answerableRecommendation',
      'officialInScope',
      origin,
      makers,
      db,
      '',
    );
    const mine = row('recommendations', 'code', subject.code);
    const mineBefore = await snapshot(db, mine);
    const forged = await callAction(
      viewers.officialInScope,
      origin,
      `/recommendations/${subject.code}`,
      'app/(app)/recommendations/actions.ts#answerRecommendationAction',
      {
        code: subject.code,
        version: String(subject.version),
        addressee: 'BNV',
        status: 'accepted',
        response: 'x',
      },
    );
    expect(forged.state?.status).toBe('error');
    expect(await snapshot(db, mine)).toBe(mineBefore);
  });

  test('fields that are not on the form are ignored: a new task starts as any new task', async ({
    db,
    viewers,
    origin,
  }) => {
    const { code } = fresh('MA');
    const created = await callAction(
      viewers.coordinator,
      origin,
      '/tasks/new',
      'app/(app)/tasks/actions.ts#createTaskAction',
      {
        code,
        review: 'TK20-NQ23',
        title: 'Gán hàng loạt',
        description: '',
        assignee: 'P01',
        dueOn: '2026-12-31',
        session: '',
        status: 'completed',
        progress: '100',
        version: '99',
        organizationId: '1',
        assigneeOrgId: '1',
        createdById: '1',
        role: 'admin',
      },
    );
    expect(created.redirect).toContain(`/tasks/${code}`);
    const { rows } = await db.query(
      `SELECT t.status, t.progress, t.version, o.code AS assignee, u.login AS creator
       FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id JOIN users u ON u.id = t.created_by_id
       WHERE t.code = $1`,
      [code],
    );
    expect(rows).toEqual([
      { status: 'not_started', progress: 0, version: 1, assignee: 'P01', creator: VIEWERS.coordinator.login },
    ]);

    // A stale version is a conflict, not an overwrite.
    const stale = await callAction(
      viewers.coordinator,
      origin,
      `/tasks/${code}/edit`,
      'app/(app)/tasks/actions.ts#editTaskAction',
      {
        code,
        version: '0',
        title: 'Ghi đè',
        description: '',
        assignee: 'P01',
        session: '',
      },
    );
    expect(stale.state?.message).toBe('tasks.errors.conflict');
  });

  test('a password change touches only the caller, whatever login or role the form adds', async ({
    db,
    viewers,
    origin,
  }) => {
    const makers = {
      coordinator: viewers.coordinator,
      national: viewers.reviewCoordinator,
      admin: viewers.admin,
    };
    const { subject, context } = await makeSubject('ownAccount', 'officialInScope', origin, makers, db, '');
    const admin = row('users', 'login', 'quantri');
    const adminBefore = await snapshot(db, admin);
    const changed = await callAction(
      context!,
      origin,
      '/account/password',
      'app/(app)/account/password/actions.ts#changePassword',
      {
        current: MATRIX_PASSWORD,
        next: `${MATRIX_PASSWORD}-x`,
        confirm: `${MATRIX_PASSWORD}-x`,
        login: 'quantri',
        role: 'admin',
        scope: 'VN',
      },
    );
    expect(changed.redirect).toContain('reason=password_changed');
    expect(await snapshot(db, admin)).toBe(adminBefore);
    const { rows } = await db.query('SELECT role FROM users WHERE login = $1', [subject.viewerLogin]);
    expect(rows[0].role).toBe('official');
    await context!.dispose();
  });

  test('an administrator of one province cannot reach, grant or move beyond it', async ({ db, origin }) => {
    await db.query(
      `INSERT INTO users (login, display_name, password_hash, role, organization_id, scope_id)
       SELECT 'sec.admin.p01', 'Quản trị P01', password_hash, 'admin',
         (SELECT id FROM organizations WHERE code = 'P01'), (SELECT id FROM organizations WHERE code = 'P01')
       FROM users WHERE login = 'hp.mttq' ON CONFLICT DO NOTHING`,
    );
    const admin = await signedIn(origin, 'sec.admin.p01', DEMO_PASSWORD);
    const bnv = row('users', 'login', 'bnv');
    const bnvBefore = await snapshot(db, bnv);
    for (const [name, fields] of [
      ['setActiveAction', { login: 'bnv', active: '0' }],
      ['resetPasswordAction', { login: 'bnv', password: 'Gia-Mao-Mat-Khau-2031' }],
      ['signOutEverywhereAction', { login: 'bnv' }],
    ] as const) {
      const outcome = await callAction(
        admin,
        origin,
        '/admin/users/bnv',
        `app/(app)/admin/users/actions.ts#${name}`,
        fields,
      );
      expect(outcome.state?.status, name).toBe('error');
    }
    expect(await snapshot(db, bnv)).toBe(bnvBefore);

    // A wider scope, or an account placed outside the province: refused, nothing written.
    const { code } = fresh('ADM');
    const login = code.toLowerCase();
    for (const extra of [
      { role: 'admin', organization: 'P01', scope: 'VN' },
      { role: 'official', organization: 'P31', scope: 'P31' },
    ]) {
      const outcome = await callAction(
        admin,
        origin,
        '/admin/users/new',
        'app/(app)/admin/users/actions.ts#createUserAction',
        {
          login,
          displayName: 'Tài khoản vượt phạm vi',
          password: 'Vuot-Pham-Vi-2031',
          ...extra,
        },
      );
      expect(outcome.state?.status).toBe('error');
    }
    const { rows } = await db.query('SELECT 1 FROM users WHERE login = $1', [login]);
    expect(rows).toHaveLength(0);
    await admin.dispose();
  });
});
