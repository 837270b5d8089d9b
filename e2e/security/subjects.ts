import type { APIRequestContext } from '@playwright/test';
import type { Client } from 'pg';
import {
  DOCUMENT_TASK,
  pdfUpload,
  type Subject,
  type SubjectKind,
  VIEWERS,
  type ViewerName,
} from '../../tests/security/registry';
import { type ActionOutcome, callAction, DEMO_PASSWORD, signedIn } from './action-client';

/** The accounts that make the matrix's records: they are not under test while they do. */
export type Makers = {
  coordinator: APIRequestContext;
  national: APIRequestContext;
  admin: APIRequestContext;
};

export const MATRIX_PASSWORD = 'Sec-Matrix-Pass-2031';
let counter = 0;
const run = Date.now().toString(36).toUpperCase();

/** A code and a word found nowhere else. */
export function fresh(prefix: string) {
  counter += 1;
  return { code: `SEC-${prefix}-${run}-${counter}`, token: `tok${run}x${counter}` };
}

function expectOk(what: string, outcome: ActionOutcome) {
  if (outcome.state?.status === 'error' || outcome.status >= 400) {
    throw new Error(`could not make ${what}: ${outcome.status} ${JSON.stringify(outcome.state)}`);
  }
  return outcome;
}

const codeFromRedirect = (outcome: ActionOutcome) =>
  decodeURIComponent(outcome.redirect?.split('?')[0].split('/').pop() ?? '');

async function version(db: Client, table: string, code: string): Promise<number> {
  const { rows } = await db.query(`SELECT version FROM ${table} WHERE code = $1`, [code]);
  return Number(rows[0].version);
}

async function recommendation(
  baseURL: string,
  maker: APIRequestContext,
  db: Client,
  token: string,
  from: string,
  to: string,
  submit: boolean,
): Promise<string> {
  const created = expectOk(
    'a recommendation',
    await callAction(
      maker,
      baseURL,
      '/recommendations/new',
      'app/(app)/recommendations/actions.ts#createRecommendationAction',
      {
        review: 'TK20-NQ23',
        sourceOrg: from,
        session: '',
        category: 'policy',
        text: `Kiến nghị của ma trận ${token}`,
        addressees: [to],
      },
    ),
  );
  const code = codeFromRedirect(created);
  if (submit) {
    expectOk(
      'a submitted recommendation',
      await callAction(
        maker,
        baseURL,
        `/recommendations/${code}`,
        'app/(app)/recommendations/actions.ts#submitRecommendationAction',
        {
          code,
          version: String(await version(db, 'recommendations', code)),
        },
      ),
    );
  }
  return code;
}

/** A task of P01, not started, due at the end of the year, made by the coordinator. */
async function task(baseURL: string, makers: Makers, code: string, token: string) {
  expectOk(
    'a task',
    await callAction(
      makers.coordinator,
      baseURL,
      '/tasks/new',
      'app/(app)/tasks/actions.ts#createTaskAction',
      {
        code,
        review: 'TK20-NQ23',
        title: `Nhiệm vụ của ma trận ${token}`,
        description: '',
        assignee: 'P01',
        dueOn: '2026-12-31',
        session: '',
      },
    ),
  );
}

async function account(
  baseURL: string,
  makers: Makers,
  login: string,
  like: { role: string; organization: string; scope: string },
) {
  expectOk(
    'an account',
    await callAction(
      makers.admin,
      baseURL,
      '/admin/users/new',
      'app/(app)/admin/users/actions.ts#createUserAction',
      {
        login,
        displayName: `Tài khoản ma trận ${login}`,
        role: like.role,
        organization: like.organization,
        scope: like.scope,
        password: MATRIX_PASSWORD,
      },
    ),
  );
}

/**
 * A fresh record of the kind an entry needs, and the context the viewer calls with (a new
 * sign-in for the kinds that end or change the caller's own session).
 */
export async function makeSubject(
  kind: SubjectKind,
  viewer: ViewerName,
  baseURL: string,
  makers: Makers,
  db: Client,
  other: string,
): Promise<{ subject: Subject; context?: APIRequestContext }> {
  const blank: Subject = { code: '', version: 0, token: '', stamp: '', viewerLogin: '', other };
  const viewerAccount = VIEWERS[viewer];
  switch (kind) {
    case 'none': {
      const { code, token } = fresh('N');
      return { subject: { ...blank, code, token } };
    }
    case 'task': {
      const { code, token } = fresh('T');
      await task(baseURL, makers, code, token);
      return { subject: { ...blank, code, token, version: await version(db, 'tasks', code) } };
    }
    case 'overdueTask':
    case 'openExplanation': {
      const { code, token } = fresh(kind === 'overdueTask' ? 'D' : 'E');
      await task(baseURL, makers, code, token);
      // No form makes a task due in the past: it becomes overdue as time passes, here at once.
      await db.query(
        `WITH t AS (UPDATE tasks SET due_on = '2026-11-01', original_due_on = '2026-11-01' WHERE code = $1 RETURNING id)
         UPDATE task_status_periods p SET due_on = '2026-11-01' FROM t WHERE p.task_id = t.id AND p.valid_to IS NULL`,
        [code],
      );
      if (kind === 'overdueTask') return { subject: { ...blank, code, token } };
      expectOk(
        'a request for explanation',
        await callAction(
          makers.coordinator,
          baseURL,
          `/tasks/${code}`,
          'app/(app)/tasks/explanation-actions.ts#requestExplanationAction',
          { code, message: `Yêu cầu của ma trận ${token}`, replyDueOn: '2026-12-31' },
        ),
      );
      const { rows } = await db.query(
        `SELECT e.id, e.version FROM explanation_requests e JOIN tasks t ON t.id = e.task_id WHERE t.code = $1`,
        [code],
      );
      return {
        subject: { ...blank, code, token, stamp: String(rows[0].id), version: Number(rows[0].version) },
      };
    }
    case 'pendingExtension': {
      const { code, token } = fresh('X');
      await task(baseURL, makers, code, token);
      // The makers hold no official's session: the official in scope's request is written as
      // its form would write it (the request itself is the matrix's requestExtensionAction).
      const { rows } = await db.query(
        `INSERT INTO extension_requests (task_id, requested_by_id, from_due_on, requested_due_on, reason, created_at)
         SELECT t.id, u.id, t.due_on, t.due_on + 30, $2, now() FROM tasks t, users u
         WHERE t.code = $1 AND u.login = $3 RETURNING id`,
        [code, `Đề nghị của ma trận ${token}`, VIEWERS.officialInScope.login],
      );
      return {
        subject: {
          ...blank,
          code,
          token,
          stamp: String(rows[0].id),
          version: await version(db, 'tasks', code),
        },
      };
    }
    case 'comment': {
      const { code, token } = fresh('C');
      await task(baseURL, makers, code, token);
      expectOk(
        'a comment',
        await callAction(
          makers.coordinator,
          baseURL,
          `/tasks/${code}`,
          'app/(app)/comments/actions.ts#addCommentAction',
          {
            recordType: 'task',
            code,
            body: `Ý kiến của ma trận ${token}`,
          },
        ),
      );
      const { rows } = await db.query(`SELECT id, version FROM comments WHERE body LIKE $1`, [`%${token}%`]);
      return {
        subject: { ...blank, code, token, stamp: String(rows[0].id), version: Number(rows[0].version) },
      };
    }
    case 'supportedTask': {
      const { code, token } = fresh('S');
      expectOk(
        'a task supported by P01',
        await callAction(
          makers.national,
          baseURL,
          '/tasks/new',
          'app/(app)/tasks/actions.ts#createTaskAction',
          {
            code,
            review: 'TK20-NQ23',
            title: `Nhiệm vụ phối hợp của ma trận ${token}`,
            description: '',
            assignee: 'P04',
            dueOn: '2026-12-31',
            session: '',
            supporting: ['P01'],
          },
        ),
      );
      return { subject: { ...blank, code, token, version: 1 } };
    }
    case 'draftRecommendation':
    case 'submittedRecommendation': {
      const { token } = fresh('R');
      const submit = kind === 'submittedRecommendation';
      const code = await recommendation(baseURL, makers.coordinator, db, token, 'P01', 'BNV', submit);
      return { subject: { ...blank, code, token, version: await version(db, 'recommendations', code) } };
    }
    case 'answerableRecommendation': {
      const { token } = fresh('A');
      const code = await recommendation(baseURL, makers.national, db, token, 'P04', 'P01', true);
      return { subject: { ...blank, code, token, version: await version(db, 'recommendations', code) } };
    }
    case 'session': {
      const { code, token } = fresh('S');
      expectOk(
        'a session',
        await callAction(
          makers.coordinator,
          baseURL,
          '/sessions/new',
          'app/(app)/sessions/actions.ts#saveSessionAction',
          {
            code,
            review: 'TK20-NQ23',
            title: `Buổi khảo sát của ma trận ${token}`,
            heldOn: '',
            organization: 'P01',
            delegation: '',
            participants: '',
            source: '',
          },
        ),
      );
      return { subject: { ...blank, code, token, version: await version(db, 'survey_sessions', code) } };
    }
    case 'account': {
      const { code, token } = fresh('U');
      const login = code.toLowerCase();
      await account(baseURL, makers, login, { role: 'official', organization: 'P01', scope: 'P01' });
      const { rows } = await db.query(
        `SELECT md5(concat_ws('|', display_name, role, organization_id, scope_id, active)) AS stamp
         FROM users WHERE login = $1`,
        [login],
      );
      return { subject: { ...blank, code: login, token, stamp: rows[0].stamp } };
    }
    case 'linkedAccount': {
      // An account with an identity at a provider: its `stamp` is the link's id.
      const { code, token } = fresh('U');
      const login = code.toLowerCase();
      await account(baseURL, makers, login, { role: 'official', organization: 'P01', scope: 'P01' });
      const { rows } = await db.query(
        `INSERT INTO user_identities (user_id, issuer, subject, linked_at)
         SELECT id, 'https://matrix.invalid', $2, now() FROM users WHERE login = $1 RETURNING id`,
        [login, `sub-${token}`],
      );
      return { subject: { ...blank, code: login, token, stamp: String(rows[0].id) } };
    }
    case 'ownAccount': {
      const { code, token } = fresh('O');
      const login = code.toLowerCase();
      await account(baseURL, makers, login, viewerAccount ?? VIEWERS.officialInScope);
      const context = await signedIn(baseURL, viewerAccount ? login : null, MATRIX_PASSWORD);
      return { subject: { ...blank, code: login, token, viewerLogin: login }, context };
    }
    case 'organization': {
      const { code, token } = fresh('O');
      expectOk(
        'a unit',
        await callAction(
          makers.admin,
          baseURL,
          '/admin/organizations/new?parent=P01',
          'app/(app)/admin/organizations/actions.ts#createOrganizationAction',
          {
            parent: 'P01',
            code,
            nameVi: `Đơn vị của ma trận ${token}`,
            nameEn: '',
            kind: 'agency',
            sector: 'state',
            validFrom: '',
          },
        ),
      );
      // as organizationStampSql (db/queries/org-tree.ts) computes it for the edit form
      const { rows } = await db.query(
        `SELECT md5(concat_ws('|', code, name_vi, name_en, parent_id, valid_to, successor_id)) AS stamp
         FROM organizations WHERE code = $1`,
        [code],
      );
      return { subject: { ...blank, code, token, stamp: rows[0].stamp } };
    }
    case 'resolution': {
      const { code: base, token } = fresh('Q');
      const code = `${base}/TW`;
      expectOk(
        'a resolution',
        await callAction(
          makers.admin,
          baseURL,
          '/admin/reviews/resolution',
          'app/(app)/admin/reviews/actions.ts#createResolutionAction',
          { code, titleVi: `Nghị quyết của ma trận ${token}`, titleEn: '', issuerVi: '', issuedOn: '' },
        ),
      );
      const { rows } = await db.query(
        `SELECT md5(concat_ws('|', code, title_vi, title_en, issuer_vi, issued_on)) AS stamp
         FROM resolutions WHERE code = $1`,
        [code],
      );
      return { subject: { ...blank, code, token, stamp: rows[0].stamp } };
    }
    case 'review': {
      const { code, token } = fresh('V');
      expectOk(
        'a review',
        await callAction(
          makers.admin,
          baseURL,
          '/admin/reviews/new',
          'app/(app)/admin/reviews/actions.ts#createReviewAction',
          {
            code,
            resolution: '23-NQ/TW',
            titleVi: `Đợt tổng kết của ma trận ${token}`,
            titleEn: '',
            startsOn: '2027-01-01',
            endsOn: '2027-12-31',
            coordinator: 'BCD23',
          },
        ),
      );
      const { rows } = await db.query(
        `SELECT md5(concat_ws('|', code, resolution_id, title_vi, title_en, starts_on, ends_on, coordinator_org_id)) AS stamp
         FROM reviews WHERE code = $1`,
        [code],
      );
      return { subject: { ...blank, code, token, stamp: rows[0].stamp } };
    }
    case 'document': {
      const { token } = fresh('D');
      const response = await makers.coordinator.post(`${baseURL}/api/upload/documents`, {
        headers: { origin: baseURL },
        multipart: {
          recordKind: 'task_update',
          record: DOCUMENT_TASK,
          title: `Tài liệu ${token}`,
          file: pdfUpload(token),
        },
      });
      const body = (await response.json()) as { id?: string };
      if (response.status() !== 201 || !body.id)
        throw new Error(`could not make a document: ${response.status()}`);
      return { subject: { ...blank, code: body.id, token } };
    }
    case 'apiToken': {
      const { token } = fresh('K');
      expectOk(
        'an API token',
        await callAction(
          makers.coordinator,
          baseURL,
          '/account/tokens',
          'app/(app)/account/tokens/actions.ts#createTokenAction',
          { name: `Ma trận ${token}`, scope: 'read', lifetime: '30', password: DEMO_PASSWORD },
        ),
      );
      const { rows } = await db.query('SELECT id FROM api_tokens WHERE name = $1', [`Ma trận ${token}`]);
      return { subject: { ...blank, code: String(rows[0].id), token } };
    }
    case 'serviceAccount': {
      const { token } = fresh('S');
      expectOk(
        'a service account',
        await callAction(
          makers.admin,
          baseURL,
          '/admin/service-accounts',
          'app/(app)/admin/service-accounts/actions.ts#createServiceAccountAction',
          { name: `Ma trận ${token}`, description: '', role: 'official', organization: 'P01' },
        ),
      );
      const { rows } = await db.query('SELECT login FROM users WHERE display_name = $1', [
        `Ma trận ${token}`,
      ]);
      return { subject: { ...blank, code: rows[0].login, token } };
    }
    case 'webhook': {
      // a subscription of P01 made by the national admin, with one failed delivery (`stamp`)
      const { token } = fresh('W');
      const url = `http://127.0.0.1:9/matrix-${token}`;
      expectOk(
        'a webhook',
        await callAction(
          makers.admin,
          baseURL,
          '/admin/webhooks',
          'app/(app)/admin/webhooks/actions.ts#createWebhookAction',
          { url, scope: 'P01', description: token, eventTypes: ['task.updated'], active: 'on' },
        ),
      );
      const { rows } = await db.query('SELECT id FROM webhook_subscriptions WHERE url = $1', [url]);
      const id = Number(rows[0].id);
      const delivery = await db.query(
        `INSERT INTO webhook_deliveries (subscription_id, message_id, event_type, entity_code, body, status, next_attempt_at, created_at)
         VALUES ($1, $2, 'task.updated', 'NV-MATRIX', '{}', 'failed', now(), now()) RETURNING id`,
        [id, `msg_matrix_${token}`],
      );
      return { subject: { ...blank, code: String(id), token, stamp: String(delivery.rows[0].id) } };
    }
    case 'ownSession': {
      const login = viewerAccount?.login ?? '';
      return {
        subject: { ...blank, viewerLogin: login },
        context: await signedIn(baseURL, viewerAccount ? login : null),
      };
    }
  }
}
