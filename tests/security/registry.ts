/**
 * THE REGISTRY of every server action and route handler of the application, walked by the
 * authorization matrix (e2e/security-matrix.spec.ts) and compared with the production build
 * (e2e/security-manifest.spec.ts: a `'use server'` export or a route file missing here fails).
 *
 * HOW TO ADD A SERVER ACTION — one object in ACTIONS:
 *   {
 *     action: 'app/(app)/things/actions.ts#saveThing', // file (from the project root) # export
 *     page: () => '/things/new',       // a page whose form holds the action (the POST goes there)
 *     subject: 'task',                 // the fresh record it acts on (SubjectKind), or 'none'
 *     input: (s) => ({ code: s.code, version: String(s.version), title: 'x' }), // the form fields
 *     allowed: ['coordinator', 'reviewCoordinator'], // viewers who may succeed (see VIEWERS)
 *     refusal: /^things\.errors\.(forbidden|notFound)$/, // the message key of a refusal
 *     evidence: (s) => rowAndEvents('things', 'thing', s.code), // SQL that sees any change
 *   }
 * An action needing a record of a new kind adds a SubjectKind here and its maker in
 * e2e/security/subjects.ts. An action with several workflows (taskAction) may have one entry
 * per workflow, told apart by `case`. Anonymous callers are always sent to /login.
 *
 * HOW TO ADD A ROUTE HANDLER — one object in ROUTES: { route, method, url, allowed, refusal }.
 * An upload route (a POST of a multipart form, app/api/upload/*) adds `upload`: the form made
 * fresh for each viewer from a token, and the SQL that sees what it stores.
 */

import { NOTIFICATION_KINDS } from '../../lib/domain/notification-kinds';

/** `file#exportedName`, the file relative to the project root as in the server-reference manifest. */
export type ActionRef = `app/${string}.ts#${string}`;
export type FormFields = Record<string, string | File | (string | File)[]>;

/**
 * The six viewers of the issue, plus the coordinator of the review's coordinating office. The
 * matrix works in province P01 with accounts of its own (made by the spec, `made: true`), so
 * that its records never move the Hải Phòng figures that other tests read.
 */
export const VIEWERS = {
  anonymous: null,
  officialInScope: { login: 'sec.official', role: 'official', organization: 'P01', scope: 'P01', made: true },
  officialOutOfScope: {
    login: 'sec.official.out',
    role: 'official',
    organization: 'P04',
    scope: 'P04',
    made: true,
  },
  leader: { login: 'sec.leader', role: 'leader', organization: 'P01', scope: 'P01', made: true },
  coordinator: {
    login: 'sec.coordinator',
    role: 'coordinator',
    organization: 'P01',
    scope: 'P01',
    made: true,
  },
  reviewCoordinator: {
    login: 'dieuphoi',
    role: 'coordinator',
    organization: 'BCD23',
    scope: 'VN',
    made: false,
  },
  admin: { login: 'quantri', role: 'admin', organization: 'BCD23', scope: 'VN', made: false },
} as const;
export type ViewerName = keyof typeof VIEWERS;
export const VIEWER_NAMES = Object.keys(VIEWERS) as ViewerName[];
const SIGNED_IN = VIEWER_NAMES.filter((name) => name !== 'anonymous');

/**
 * The records the matrix makes fresh (in P01, the unit of `officialInScope`) before each call
 * that may succeed, so that one viewer's change never hides the next one's:
 * - task: assigned to P01, not started
 * - supportedTask: assigned to P04 (another province) with P01 as supporting unit; `version` is
 *   the version of P01's part
 * - draftRecommendation: from P01 to BNV, a draft
 * - submittedRecommendation: the same, submitted
 * - answerableRecommendation: from P04 (another province) to P01, submitted
 * - session: a survey session with P01
 * - account: an official of P01 that the admin manages
 * - linkedAccount: the same, with an identity at an OpenID Connect provider (`stamp` is its id)
 * - ownAccount: a new account of the viewer's own role, unit and scope, signed in as that viewer
 * - ownSession: a fresh sign-in of the viewer, or a fresh anonymous context (the call ends or
 *   replaces the session)
 * - organization: a unit under P01 made by the admin, with no accounts (`stamp` as its edit form)
 * - document: a PDF attached by the coordinator to DOCUMENT_TASK (its code is the document's id)
 * - resolution, review: made by the admin (`stamp` as their edit forms; a review's resolution is
 *   `other`-free: it belongs to 23-NQ/TW)
 * - comment: a comment of the coordinator (its author) on a fresh task; `stamp` is its id
 * - overdueTask: a fresh task whose deadline has passed (a request for explanation needs one)
 * - openExplanation: an overdueTask with an open request for explanation by the coordinator;
 *   `stamp` is the request's id
 * - apiToken: a personal access token of the coordinator's (its `code` is the token's id)
 * - serviceAccount: a service account of P01 made by the admin (its `code` is its login)
 * - pendingExtension: a task with a pending extension request of the official in scope;
 *   `stamp` is the request's id (its version is 1), `version` the task's
 * - webhook: a webhook subscription of P01 made by the admin (its `code` is its id), with one
 *   failed delivery whose id is `stamp`
 */
export type SubjectKind =
  | 'none'
  | 'task'
  | 'supportedTask'
  | 'draftRecommendation'
  | 'submittedRecommendation'
  | 'answerableRecommendation'
  | 'session'
  | 'account'
  | 'linkedAccount'
  | 'ownAccount'
  | 'ownSession'
  | 'organization'
  | 'resolution'
  | 'review'
  | 'comment'
  | 'overdueTask'
  | 'openExplanation'
  | 'pendingExtension'
  | 'document'
  | 'apiToken'
  | 'serviceAccount'
  | 'webhook';

export type Subject = {
  /** the record's code (a login for accounts); for 'none', a code free for a new record */
  code: string;
  version: number;
  /** a word found in nothing else, put in the text of new records */
  token: string;
  /** accounts: what the edit form read back (see stampSql) */
  stamp: string;
  /** the login of the caller (ownAccount, ownSession) */
  viewerLogin: string;
  /** a submitted recommendation of the same review, for markDuplicate */
  other: string;
};

/** SQL whose result changes whenever the action changed something. */
export type Evidence = { sql: string; params: unknown[] };

/** The row and the count of its history events: a write changes both, in one transaction. */
export function rowAndEvents(table: string, entityType: string, code: string): Evidence {
  return {
    sql: `SELECT to_jsonb(t) AS row,
            (SELECT count(*) FROM events e WHERE e.entity_type = $2 AND e.entity_code = t.${table === 'users' ? 'login' : 'code'}) AS events
          FROM ${table} t WHERE ${table === 'users' ? 'login' : 'code'} = $1`,
    params: [code, entityType],
  };
}

/** Events of one kind about one account (for calls that change no row of their own). */
export function userEvents(login: string, action: string): Evidence {
  return {
    sql: `SELECT count(*) AS n FROM events e JOIN users u ON u.id = e.entity_id
          WHERE e.entity_type = 'user' AND u.login = $1 AND e.action = $2`,
    params: [login, action],
  };
}

export type ActionEntry = {
  action: ActionRef;
  case?: string;
  page: (s: Subject) => string;
  subject: SubjectKind;
  input: (s: Subject) => FormFields;
  /** the arguments before the form data; `[prevState]` (useActionState) unless said */
  before?: unknown[];
  allowed: readonly ViewerName[];
  /** the message key of a refusal: the form's message or a field's (a unit out of reach) */
  refusal: RegExp;
  evidence: (s: Subject) => Evidence;
  /** when success is not an ActionState nor a redirect to the record (default: see the matrix) */
  succeeded?: (outcome: {
    state?: { status?: string };
    redirect?: string;
    headers: Record<string, string>;
  }) => boolean;
};

const REVIEW = 'TK20-NQ23';
const TASK_REFUSAL = /^tasks\.errors\.(forbidden|notFound|notAllowed)$/;
const REC_REFUSAL = /^recommendations\.errors\.(forbidden|notFound|notAllowed|not_found|sourceInvalid)$/;
const ADMIN_REFUSAL = /^admin\.errors\.(forbidden|notFound|not_found|outOfScope)$/;
const COORDINATORS = ['coordinator', 'reviewCoordinator'] as const;
const NATIONAL = ['reviewCoordinator', 'admin'] as const;
const TWO_FACTOR_REFUSAL = /^twoFactor\.errors\.(wrong_code|not_pending|not_enabled|wrong_proof|required)$/;
const ORG_REFUSAL = /^orgAdmin\.errors\.(forbidden|not_found|notFound|parent_invalid|successor_invalid)$/;
const REVIEW_REFUSAL = /^reviewAdmin\.errors\.(forbidden|not_found|notFound|coordinator_invalid)$/;
const reviewFields = (s: Subject) => ({
  resolution: '23-NQ/TW',
  titleVi: `Đợt tổng kết ${s.token}`,
  titleEn: '',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  coordinator: 'BCD23',
});
const PASSWORD = 'Sec-Matrix-Pass-2031';
/** The demo accounts' password: the matrix's roles sign in with it (e2e/security/action-client.ts). */
const DEMO_PASSWORD = 'DemoNQ23-2024';

const taskRow = (s: Subject) => rowAndEvents('tasks', 'task', s.code);
const WEBHOOK_REFUSAL = /^webhooks\.errors\.notFound$/;
const webhookRow = (s: Subject): Evidence => ({
  sql: `SELECT to_jsonb(w) AS row,
          (SELECT count(*) FROM events e WHERE e.entity_type = 'webhook' AND e.entity_id = w.id) AS events
        FROM webhook_subscriptions w WHERE w.id = $1::int`,
  params: [s.code],
});
const DISCUSSION_REFUSAL = /^discussion\.errors\.(forbidden|notFound)$/;
const EXPLANATION_REFUSAL = /^explanations\.errors\.(forbidden|notFound)$/;
/** Every reader of a P01 task: all signed-in viewers but the official of another province. */
const READERS = ['officialInScope', 'leader', 'coordinator', 'reviewCoordinator', 'admin'] as const;
const commentRow = (s: Subject): Evidence => ({
  sql: `SELECT to_jsonb(c) AS row, (SELECT count(*) FROM events e WHERE e.entity_type = 'comment' AND e.entity_id = c.id) AS events
        FROM comments c WHERE c.id = $1::int`,
  params: [s.stamp],
});
const IDENTITY_REFUSAL = /^identities\.errors\.not_found$/;
/** An account's links to provider identities, and its events. */
const identityRows = (login: string): Evidence => ({
  sql: `SELECT coalesce(jsonb_agg(to_jsonb(i) ORDER BY i.id), '[]') AS rows,
          (SELECT count(*) FROM events e WHERE e.entity_type = 'user' AND e.entity_code = $1) AS events
        FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.login = $1`,
  params: [login],
});
const EXTENSION_REFUSAL = /^extensions\.errors\.(forbidden|notFound)$/;
const extensionRows = (s: Subject): Evidence => ({
  sql: `SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]') AS rows,
          (SELECT due_on FROM tasks WHERE code = $1) AS due_on
        FROM extension_requests x JOIN tasks t ON t.id = x.task_id WHERE t.code = $1`,
  params: [s.code],
});
const explanationRows = (s: Subject): Evidence => ({
  sql: `SELECT coalesce(jsonb_agg(to_jsonb(e) ORDER BY e.id), '[]') AS rows FROM explanation_requests e
        JOIN tasks t ON t.id = e.task_id WHERE t.code = $1`,
  params: [s.code],
});

/** A seeded task of P01, to which the matrix attaches its documents. */
export const DOCUMENT_TASK = 'NV-P01-01';

/** A document's row and its events (downloads aside: reading is not a change). */
const documentRow = (s: Subject): Evidence => ({
  sql: `SELECT to_jsonb(d) AS row,
          (SELECT count(*) FROM events e WHERE e.entity_type = 'document' AND e.entity_code = $1
             AND e.action <> 'document.download') AS events
        FROM documents d WHERE d.id::text = $1`,
  params: [s.code],
});

/** A small PDF whose bytes hold `token`, as a multipart file. */
export const pdfUpload = (token: string) => ({
  name: 'bao-cao.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${token}\n%%EOF\n`),
});
const recRow = (s: Subject) => rowAndEvents('recommendations', 'recommendation', s.code);

export const ACTIONS: readonly ActionEntry[] = [
  {
    action: 'app/(app)/comments/actions.ts#addCommentAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'task',
    input: (s) => ({ recordType: 'task', code: s.code, body: `Ý kiến ${s.token}` }),
    allowed: READERS,
    refusal: DISCUSSION_REFUSAL,
    evidence: (s) => ({
      sql: 'SELECT count(*) AS n FROM comments WHERE body LIKE $1',
      params: [`%${s.token}%`],
    }),
  },
  {
    action: 'app/(app)/comments/actions.ts#editCommentAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'comment',
    input: (s) => ({ id: s.stamp, version: String(s.version), body: `Đã sửa ${s.token}` }),
    allowed: ['coordinator'],
    refusal: DISCUSSION_REFUSAL,
    evidence: commentRow,
  },
  {
    action: 'app/(app)/comments/actions.ts#withdrawCommentAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'comment',
    input: (s) => ({ id: s.stamp, version: String(s.version), reason: 'Ma trận' }),
    allowed: ['coordinator', 'admin'],
    refusal: DISCUSSION_REFUSAL,
    evidence: commentRow,
  },
  {
    action: 'app/(app)/tasks/explanation-actions.ts#requestExplanationAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'overdueTask',
    input: (s) => ({ code: s.code, message: `Giải trình ${s.token}`, replyDueOn: '2026-12-31' }),
    allowed: ['leader', 'coordinator', 'reviewCoordinator'],
    refusal: EXPLANATION_REFUSAL,
    evidence: explanationRows,
  },
  {
    action: 'app/(app)/tasks/explanation-actions.ts#answerExplanationAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'openExplanation',
    input: (s) => ({ code: s.code, id: s.stamp, version: String(s.version), answer: `Trả lời ${s.token}` }),
    allowed: ['officialInScope'],
    refusal: EXPLANATION_REFUSAL,
    evidence: explanationRows,
  },
  {
    action: 'app/(app)/tasks/explanation-actions.ts#withdrawExplanationAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'openExplanation',
    input: (s) => ({ code: s.code, id: s.stamp, version: String(s.version) }),
    allowed: ['coordinator'],
    refusal: EXPLANATION_REFUSAL,
    evidence: explanationRows,
  },
  {
    action: 'app/(app)/tasks/extension-actions.ts#requestExtensionAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'task',
    input: (s) => ({ code: s.code, dueOn: '2027-06-30', reason: `Gia hạn ${s.token}` }),
    allowed: ['officialInScope'],
    refusal: EXTENSION_REFUSAL,
    evidence: extensionRows,
  },
  {
    action: 'app/(app)/tasks/extension-actions.ts#grantExtensionAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'pendingExtension',
    input: (s) => ({ code: s.code, id: s.stamp, version: '1', taskVersion: String(s.version) }),
    allowed: COORDINATORS,
    refusal: EXTENSION_REFUSAL,
    evidence: extensionRows,
  },
  {
    action: 'app/(app)/tasks/extension-actions.ts#refuseExtensionAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'pendingExtension',
    input: (s) => ({ code: s.code, id: s.stamp, version: '1', reason: `Không đồng ý ${s.token}` }),
    allowed: COORDINATORS,
    refusal: EXTENSION_REFUSAL,
    evidence: extensionRows,
  },
  {
    action: 'app/(app)/tasks/extension-actions.ts#withdrawExtensionAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'pendingExtension',
    input: (s) => ({ code: s.code, id: s.stamp, version: '1' }),
    allowed: ['officialInScope'],
    refusal: EXTENSION_REFUSAL,
    evidence: extensionRows,
  },
  {
    action: 'app/(auth)/login/actions.ts#login',
    page: () => '/login',
    subject: 'ownSession',
    input: () => ({ login: 'sec.official', password: 'DemoNQ23-2024' }),
    allowed: VIEWER_NAMES,
    refusal: /^login\.failed$/,
    evidence: () => userEvents('sec.official', 'auth.login'),
  },
  {
    // Anyone may start a sign-in at the provider: a redirect to its authorization endpoint.
    action: 'app/(auth)/login/actions.ts#loginWithProvider',
    page: () => '/login',
    subject: 'none',
    input: () => ({}),
    before: [],
    allowed: VIEWER_NAMES,
    refusal: /^$/,
    evidence: () => ({ sql: 'SELECT 1', params: [] }),
    succeeded: (o) => /\/auth\?.*code_challenge=/.test(o.redirect ?? ''),
  },
  {
    action: 'app/actions.ts#logout',
    page: () => '/dashboard',
    subject: 'ownSession',
    input: () => ({}),
    before: [],
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: (s) => userEvents(s.viewerLogin, 'auth.logout'),
    succeeded: (o) => o.redirect?.includes('reason=logout') === true,
  },
  {
    action: 'app/actions.ts#setLocale',
    page: () => '/login',
    subject: 'none',
    input: () => ({ locale: 'en' }),
    before: [],
    allowed: VIEWER_NAMES,
    refusal: /^$/,
    evidence: () => ({ sql: 'SELECT 1', params: [] }),
    succeeded: (o) => /(^|[\s,])locale=en;/.test(o.headers['set-cookie'] ?? ''),
  },
  // A viewer reads and marks only their own notifications: a notification id of nobody's changes
  // nothing and is answered as not found (db/queries/notifications.int.test.ts tries another's).
  {
    action: 'app/(app)/notifications/actions.ts#openNotification',
    page: () => '/notifications',
    subject: 'none',
    input: () => ({ id: '2147483000' }),
    before: [],
    allowed: SIGNED_IN,
    refusal: /^$/,
    // the matrix's "allowed" means "answered": the call is allowed, the id is nobody's, so no row
    // can change (that another's notification stays unread is tested in notifications.int.test.ts)
    evidence: () => ({ sql: 'SELECT 1', params: [] }),
    succeeded: (o) => o.redirect?.includes('/notifications?error=notFound') === true,
  },
  {
    action: 'app/(app)/notifications/actions.ts#readNotification',
    page: () => '/notifications',
    subject: 'none',
    input: () => ({ id: '2147483000' }),
    before: [],
    allowed: SIGNED_IN,
    refusal: /^$/,
    // the matrix's "allowed" means "answered": the call is allowed, the id is nobody's, so no row
    // can change (that another's notification stays unread is tested in notifications.int.test.ts)
    evidence: () => ({ sql: 'SELECT 1', params: [] }),
    succeeded: (o) => o.redirect?.includes('/notifications?error=notFound') === true,
  },
  {
    action: 'app/(app)/notifications/actions.ts#readAllNotifications',
    page: () => '/notifications',
    subject: 'none',
    input: () => ({}),
    before: [],
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: () => ({ sql: 'SELECT 1', params: [] }),
    succeeded: (o) => !o.redirect,
  },
  {
    action: 'app/(app)/account/password/actions.ts#changePassword',
    page: () => '/account/password',
    subject: 'ownAccount',
    input: () => ({ current: PASSWORD, next: `${PASSWORD}-new`, confirm: `${PASSWORD}-new` }),
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.password_changed'),
    succeeded: (o) => o.redirect?.includes('reason=password_changed') === true,
  },
  {
    action: 'app/(app)/tasks/actions.ts#taskAction',
    case: 'start (officials of the assignee)',
    page: (s) => `/tasks/${s.code}`,
    subject: 'task',
    input: (s) => ({ action: 'start', code: s.code, version: String(s.version), note: '' }),
    allowed: ['officialInScope'],
    refusal: TASK_REFUSAL,
    evidence: taskRow,
  },
  {
    action: 'app/(app)/tasks/actions.ts#taskAction',
    case: 'cancel (coordinators of the scope)',
    page: (s) => `/tasks/${s.code}`,
    subject: 'task',
    input: (s) => ({ action: 'cancel', code: s.code, version: String(s.version), reason: 'Ma trận' }),
    allowed: COORDINATORS,
    refusal: TASK_REFUSAL,
    evidence: taskRow,
  },
  {
    action: 'app/(app)/tasks/actions.ts#updatePartAction',
    page: (s) => `/tasks/${s.code}`,
    subject: 'supportedTask',
    input: (s) => ({
      code: s.code,
      unit: 'P01',
      version: String(s.version),
      status: 'in_progress',
      note: `Phần việc ${s.token}`,
    }),
    // only the officials of the supporting unit; the lead's official and coordinators are refused
    allowed: ['officialInScope'],
    refusal: TASK_REFUSAL,
    evidence: (s) => ({
      sql: `SELECT to_jsonb(su) AS part,
              (SELECT count(*) FROM events e WHERE e.entity_type = 'task' AND e.entity_code = $1) AS events
            FROM task_supporting_units su JOIN tasks t ON t.id = su.task_id WHERE t.code = $1`,
      params: [s.code],
    }),
  },
  {
    action: 'app/(app)/tasks/actions.ts#createTaskAction',
    page: () => '/tasks/new',
    subject: 'none',
    input: (s) => ({
      code: s.code,
      review: REVIEW,
      title: `Nhiệm vụ ${s.token}`,
      description: '',
      assignee: 'P01',
      dueOn: '2026-12-31',
      session: '',
    }),
    allowed: COORDINATORS,
    refusal: TASK_REFUSAL,
    evidence: taskRow,
  },
  {
    action: 'app/(app)/tasks/actions.ts#editTaskAction',
    page: (s) => `/tasks/${s.code}/edit`,
    subject: 'task',
    input: (s) => ({
      code: s.code,
      version: String(s.version),
      title: `Đã sửa ${s.token}`,
      description: '',
      assignee: 'P01',
      session: '',
    }),
    allowed: COORDINATORS,
    refusal: TASK_REFUSAL,
    evidence: taskRow,
  },
  {
    action: 'app/(app)/recommendations/actions.ts#createRecommendationAction',
    page: () => '/recommendations/new',
    subject: 'none',
    input: (s) => ({
      review: REVIEW,
      sourceOrg: 'P01',
      session: '',
      category: 'policy',
      text: `Kiến nghị ${s.token}`,
      addressees: ['BNV'],
    }),
    allowed: ['officialInScope', ...COORDINATORS],
    refusal: REC_REFUSAL,
    evidence: (s) => ({
      sql: 'SELECT count(*) AS n FROM recommendations WHERE text LIKE $1',
      params: [`%${s.token}%`],
    }),
  },
  {
    action: 'app/(app)/recommendations/actions.ts#editRecommendationAction',
    page: (s) => `/recommendations/${s.code}/edit`,
    subject: 'draftRecommendation',
    input: (s) => ({
      code: s.code,
      version: String(s.version),
      session: '',
      category: 'policy',
      text: `Đã sửa ${s.token}`,
      addressees: ['BNV'],
    }),
    allowed: COORDINATORS,
    refusal: REC_REFUSAL,
    evidence: recRow,
  },
  {
    action: 'app/(app)/recommendations/actions.ts#submitRecommendationAction',
    page: (s) => `/recommendations/${s.code}`,
    subject: 'draftRecommendation',
    input: (s) => ({ code: s.code, version: String(s.version) }),
    allowed: COORDINATORS,
    refusal: REC_REFUSAL,
    evidence: recRow,
  },
  {
    action: 'app/(app)/recommendations/actions.ts#answerRecommendationAction',
    page: (s) => `/recommendations/${s.code}`,
    subject: 'answerableRecommendation',
    input: (s) => ({
      code: s.code,
      version: String(s.version),
      addressee: 'P01',
      status: 'under_review',
      response: '',
    }),
    allowed: ['officialInScope', ...COORDINATORS],
    refusal: REC_REFUSAL,
    evidence: recRow,
  },
  {
    action: 'app/(app)/recommendations/actions.ts#setDeadlineAction',
    page: (s) => `/recommendations/${s.code}`,
    subject: 'submittedRecommendation',
    input: (s) => ({ code: s.code, version: String(s.version), responseDueOn: '2027-01-31' }),
    allowed: ['reviewCoordinator'],
    refusal: REC_REFUSAL,
    evidence: recRow,
  },
  {
    action: 'app/(app)/recommendations/actions.ts#markDuplicateAction',
    page: (s) => `/recommendations/${s.code}`,
    subject: 'submittedRecommendation',
    input: (s) => ({ code: s.code, version: String(s.version), primary: s.other }),
    allowed: ['reviewCoordinator'],
    refusal: REC_REFUSAL,
    evidence: recRow,
  },
  {
    action: 'app/(app)/sessions/actions.ts#saveSessionAction',
    case: 'create',
    page: () => '/sessions/new',
    subject: 'none',
    input: (s) => ({
      code: s.code,
      review: REVIEW,
      title: `Buổi khảo sát ${s.token}`,
      heldOn: '',
      organization: 'P01',
      delegation: '',
      participants: '',
      source: '',
    }),
    allowed: COORDINATORS,
    refusal: /^sessions\.errors\.(forbidden|notFound)$/,
    evidence: (s) => rowAndEvents('survey_sessions', 'survey_session', s.code),
  },
  {
    action: 'app/(app)/sessions/actions.ts#saveSessionAction',
    case: 'edit',
    page: (s) => `/sessions/${s.code}/edit`,
    subject: 'session',
    input: (s) => ({
      code: s.code,
      version: String(s.version),
      review: REVIEW,
      title: `Đã sửa ${s.token}`,
      heldOn: '',
      organization: 'P01',
      delegation: '',
      participants: '',
      source: '',
    }),
    allowed: COORDINATORS,
    refusal: /^sessions\.errors\.(forbidden|notFound)$/,
    evidence: (s) => rowAndEvents('survey_sessions', 'survey_session', s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#createUserAction',
    page: () => '/admin/users/new',
    subject: 'none',
    input: (s) => ({
      login: s.code.toLowerCase(),
      displayName: `Cán bộ ${s.token}`,
      role: 'official',
      organization: 'P01',
      scope: 'P01',
      password: PASSWORD,
    }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code.toLowerCase()),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#updateUserAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({
      login: s.code,
      displayName: `Đã sửa ${s.token}`,
      role: 'official',
      organization: 'P01',
      scope: 'P01',
      stamp: s.stamp,
    }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#setActiveAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code, active: '0' }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#resetPasswordAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code, password: `${PASSWORD}-reset` }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#signOutEverywhereAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#resetTwoFactorAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  // Identities at the OpenID Connect provider (the e2e servers configure one).
  {
    action: 'app/(app)/admin/users/actions.ts#linkIdentityAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code, subject: `sub-${s.token}` }),
    allowed: ['admin'],
    refusal: IDENTITY_REFUSAL,
    evidence: (s) => identityRows(s.code),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#unlinkIdentityAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'linkedAccount',
    input: (s) => ({ login: s.code, identity: s.stamp }),
    allowed: ['admin'],
    refusal: IDENTITY_REFUSAL,
    evidence: (s) => identityRows(s.code),
  },
  // Two-factor sign-in: each viewer acts on their own account only (no login in the form).
  {
    action: 'app/(app)/account/security/actions.ts#startEnrolmentAction',
    page: () => '/account/security',
    subject: 'ownSession',
    input: () => ({}),
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.2fa_enrolment_started'),
    succeeded: (o) => o.redirect?.endsWith('/account/security') === true,
  },
  // The three below need the caller's own second factor: with a wrong one nobody succeeds, and
  // nothing changes (the happy paths are in e2e/two-factor.spec.ts and two-factor.int.test.ts).
  {
    action: 'app/(app)/account/security/actions.ts#confirmEnrolmentAction',
    page: () => '/account/security',
    subject: 'ownSession',
    input: () => ({ code: '000000' }),
    allowed: [],
    refusal: TWO_FACTOR_REFUSAL,
    evidence: (s) => userEvents(s.viewerLogin, 'user.2fa_enabled'),
  },
  {
    action: 'app/(app)/account/security/actions.ts#regenerateRecoveryCodesAction',
    page: () => '/account/security',
    subject: 'ownSession',
    input: () => ({ proof: '000000' }),
    allowed: [],
    refusal: TWO_FACTOR_REFUSAL,
    evidence: (s) => userEvents(s.viewerLogin, 'user.2fa_recovery_codes_regenerated'),
  },
  {
    action: 'app/(app)/account/security/actions.ts#disableTwoFactorAction',
    page: () => '/account/security',
    subject: 'ownSession',
    input: () => ({ proof: '000000' }),
    allowed: [],
    refusal: TWO_FACTOR_REFUSAL,
    evidence: (s) => userEvents(s.viewerLogin, 'user.2fa_disabled'),
  },
  // E-mail (issue 15): each viewer on their own account; admins set the address of accounts they manage.
  // With a wrong password nobody starts a change (and without SMTP_URL nobody can): the happy
  // path, with a real SMTP server, is in db/queries/email-address.int.test.ts.
  {
    action: 'app/(app)/account/email/actions.ts#requestEmailChangeAction',
    page: () => '/account/email',
    subject: 'ownSession',
    input: () => ({ password: 'not-the-password', email: 'matrix@example.test' }),
    allowed: [],
    refusal: /^accountEmail\.errors\.(wrong_password|mail_disabled)$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.email_change_requested'),
  },
  {
    action: 'app/(app)/account/email/actions.ts#confirmEmailAction',
    page: () => '/account/email/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    subject: 'ownSession',
    input: () => ({ token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    allowed: [],
    refusal: /^accountEmail\.errors\.invalid_token$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.email_confirmed'),
  },
  {
    action: 'app/(app)/account/notifications/actions.ts#saveMailSettingsAction',
    page: () => '/account/notifications',
    subject: 'ownSession',
    input: () => ({
      locale: 'en',
      digest: 'weekly',
      ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, 'off'])),
    }),
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.notification_settings_changed'),
  },
  // Personal access tokens (issue 21): each viewer makes their own; only its owner revokes one.
  {
    action: 'app/(app)/account/tokens/actions.ts#createTokenAction',
    page: () => '/account/tokens',
    subject: 'ownSession',
    input: (s) => ({ name: `Ma trận ${s.token}`, scope: 'read', lifetime: '30', password: DEMO_PASSWORD }),
    allowed: SIGNED_IN,
    refusal: /^$/,
    evidence: (s) => userEvents(s.viewerLogin, 'user.token_created'),
  },
  {
    action: 'app/(app)/account/tokens/actions.ts#revokeTokenAction',
    page: () => '/account/tokens',
    subject: 'apiToken',
    input: (s) => ({ id: s.code }),
    allowed: ['coordinator'],
    refusal: /^apiTokens\.errors\.notFound$/,
    evidence: (s) => ({ sql: 'SELECT revoked_at FROM api_tokens WHERE id = $1', params: [Number(s.code)] }),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#setEmailAction',
    page: (s) => `/admin/users/${s.code}`,
    subject: 'account',
    input: (s) => ({ login: s.code, email: `${s.token.toLowerCase()}@example.test` }),
    allowed: ['admin'],
    refusal: ADMIN_REFUSAL,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    // No mail has failed in the matrix's database, so the national admin is refused too; the
    // retry itself (and who may) is in db/queries/mail-outbox.int.test.ts.
    action: 'app/(app)/admin/system/actions.ts#retryMailAction',
    page: () => '/admin/system',
    subject: 'none',
    input: () => ({ id: '1' }),
    allowed: [],
    refusal: /^adminSystem\.errors\.not_found$/,
    evidence: () => ({ sql: "SELECT count(*) AS n FROM events WHERE action = 'mail.retried'", params: [] }),
  },
  // Webhook subscriptions (issue 21): administrators, at or under their scope (the national admin
  // here; a province admin's reach is in db/queries/webhooks.int.test.ts).
  {
    action: 'app/(app)/admin/webhooks/actions.ts#createWebhookAction',
    page: () => '/admin/webhooks',
    subject: 'none',
    input: (s) => ({
      url: `http://127.0.0.1:9/matrix-${s.token}`,
      scope: 'P01',
      description: s.token,
      eventTypes: ['task.updated'],
      active: 'on',
    }),
    allowed: ['admin'],
    refusal: WEBHOOK_REFUSAL,
    evidence: (s) => ({
      sql: 'SELECT count(*) AS n FROM webhook_subscriptions WHERE url = $1',
      params: [`http://127.0.0.1:9/matrix-${s.token}`],
    }),
  },
  {
    action: 'app/(app)/admin/webhooks/actions.ts#updateWebhookAction',
    page: (s) => `/admin/webhooks/${s.code}`,
    subject: 'webhook',
    input: (s) => ({
      id: s.code,
      url: `http://127.0.0.1:9/matrix-${s.token}-2`,
      scope: 'P01',
      description: s.token,
      eventTypes: ['task.updated', 'task.completed'],
      active: 'on',
    }),
    allowed: ['admin'],
    refusal: WEBHOOK_REFUSAL,
    evidence: webhookRow,
  },
  {
    action: 'app/(app)/admin/webhooks/actions.ts#rotateWebhookSecretAction',
    page: (s) => `/admin/webhooks/${s.code}`,
    subject: 'webhook',
    input: (s) => ({ id: s.code }),
    allowed: ['admin'],
    refusal: WEBHOOK_REFUSAL,
    evidence: webhookRow,
  },
  {
    action: 'app/(app)/admin/webhooks/actions.ts#resendDeliveryAction',
    page: (s) => `/admin/webhooks/${s.code}`,
    subject: 'webhook',
    input: (s) => ({ id: s.code, delivery: s.stamp }),
    allowed: ['admin'],
    refusal: WEBHOOK_REFUSAL,
    evidence: (s) => ({
      sql: 'SELECT status, attempts, next_attempt_at FROM webhook_deliveries WHERE id = $1',
      params: [Number(s.stamp)],
    }),
  },
  {
    action: 'app/(app)/admin/webhooks/actions.ts#deleteWebhookAction',
    page: (s) => `/admin/webhooks/${s.code}`,
    subject: 'webhook',
    input: (s) => ({ id: s.code }),
    allowed: ['admin'],
    refusal: WEBHOOK_REFUSAL,
    evidence: webhookRow,
  },
  // The organization tree: admins, within their scope.
  {
    action: 'app/(app)/admin/organizations/actions.ts#createOrganizationAction',
    page: () => '/admin/organizations/new?parent=P01',
    subject: 'none',
    input: (s) => ({
      parent: 'P01',
      code: s.code,
      nameVi: `Đơn vị ${s.token}`,
      nameEn: '',
      kind: 'agency',
      sector: 'state',
      validFrom: '',
    }),
    allowed: ['admin'],
    refusal: ORG_REFUSAL,
    evidence: (s) => rowAndEvents('organizations', 'organization', s.code),
  },
  {
    action: 'app/(app)/admin/organizations/actions.ts#updateOrganizationAction',
    page: (s) => `/admin/organizations/${s.code}`,
    subject: 'organization',
    input: (s) => ({ unit: s.code, code: s.code, nameVi: `Đã sửa ${s.token}`, nameEn: '', stamp: s.stamp }),
    allowed: ['admin'],
    refusal: ORG_REFUSAL,
    evidence: (s) => rowAndEvents('organizations', 'organization', s.code),
  },
  {
    action: 'app/(app)/admin/organizations/actions.ts#retireOrganizationAction',
    page: (s) => `/admin/organizations/${s.code}`,
    subject: 'organization',
    input: (s) => ({ unit: s.code, validTo: '2026-12-31', successor: 'P01', stamp: s.stamp }),
    allowed: ['admin'],
    refusal: ORG_REFUSAL,
    evidence: (s) => rowAndEvents('organizations', 'organization', s.code),
  },
  // Resolutions and reviews: admins and coordinators of national scope.
  {
    action: 'app/(app)/admin/reviews/actions.ts#createResolutionAction',
    page: () => '/admin/reviews/resolution',
    subject: 'none',
    input: (s) => ({
      code: `${s.code}/TW`,
      titleVi: `Nghị quyết ${s.token}`,
      titleEn: '',
      issuerVi: '',
      issuedOn: '',
    }),
    allowed: NATIONAL,
    refusal: REVIEW_REFUSAL,
    evidence: (s) => rowAndEvents('resolutions', 'resolution', `${s.code}/TW`),
  },
  {
    action: 'app/(app)/admin/reviews/actions.ts#updateResolutionAction',
    page: (s) => `/admin/reviews/resolution?code=${encodeURIComponent(s.code)}`,
    subject: 'resolution',
    input: (s) => ({
      current: s.code,
      code: s.code,
      titleVi: `Đã sửa ${s.token}`,
      titleEn: '',
      issuerVi: '',
      issuedOn: '',
      stamp: s.stamp,
    }),
    allowed: NATIONAL,
    refusal: REVIEW_REFUSAL,
    evidence: (s) => rowAndEvents('resolutions', 'resolution', s.code),
  },
  {
    action: 'app/(app)/admin/reviews/actions.ts#createReviewAction',
    page: () => '/admin/reviews/new',
    subject: 'none',
    input: (s) => ({ ...reviewFields(s), code: s.code }),
    allowed: NATIONAL,
    refusal: REVIEW_REFUSAL,
    evidence: (s) => rowAndEvents('reviews', 'review', s.code),
  },
  {
    action: 'app/(app)/admin/reviews/actions.ts#updateReviewAction',
    page: (s) => `/admin/reviews/${s.code}`,
    subject: 'review',
    input: (s) => ({ ...reviewFields(s), current: s.code, code: s.code, stamp: s.stamp }),
    allowed: NATIONAL,
    refusal: REVIEW_REFUSAL,
    evidence: (s) => rowAndEvents('reviews', 'review', s.code),
  },
  {
    // whoever may edit the record withdraws its documents; the others are told "not found"
    action: 'app/(app)/documents/actions.ts#withdrawDocumentAction',
    page: () => `/tasks/${DOCUMENT_TASK}`,
    subject: 'document',
    input: (s) => ({ id: s.code, reason: `Nhầm tệp ${s.token}`, path: `/tasks/${DOCUMENT_TASK}` }),
    allowed: ['officialInScope', ...COORDINATORS],
    refusal: /^documents\.errors\.(notFound|alreadyWithdrawn)$/,
    evidence: documentRow,
  },
  {
    action: 'app/(app)/documents/actions.ts#editDocumentMetaAction',
    page: () => `/tasks/${DOCUMENT_TASK}`,
    subject: 'document',
    input: (s) => ({
      id: s.code,
      title: `Tài liệu đã sửa ${s.token}`,
      numberSymbol: '12-BC/TU',
      issuedOn: '2026-11-01',
      issuer: '',
      path: `/tasks/${DOCUMENT_TASK}`,
    }),
    allowed: ['officialInScope', ...COORDINATORS],
    refusal: /^documents\.errors\.notFound$/,
    evidence: documentRow,
  },
  // Service accounts and the admin's view of tokens (issue 21): admins of the scope only.
  {
    action: 'app/(app)/admin/service-accounts/actions.ts#createServiceAccountAction',
    page: () => '/admin/service-accounts',
    subject: 'none',
    input: (s) => ({ name: `Dịch vụ ${s.token}`, description: '', role: 'official', organization: 'P01' }),
    allowed: ['admin'],
    refusal: /^serviceAccounts\.errors\.notFound$/,
    evidence: (s) => ({
      sql: "SELECT count(*) AS n FROM users WHERE kind = 'service' AND display_name = $1",
      params: [`Dịch vụ ${s.token}`],
    }),
  },
  {
    action: 'app/(app)/admin/service-accounts/actions.ts#issueServiceTokenAction',
    page: (s) => `/admin/service-accounts/${s.code}`,
    subject: 'serviceAccount',
    input: (s) => ({
      account: s.code,
      name: `Ma trận ${s.token}`,
      scope: 'read',
      lifetime: '30',
      password: DEMO_PASSWORD,
    }),
    allowed: ['admin'],
    refusal: /^serviceAccounts\.errors\.notFound$/,
    evidence: (s) => ({
      sql: 'SELECT count(*) AS n FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.login = $1',
      params: [s.code],
    }),
  },
  {
    action: 'app/(app)/admin/service-accounts/actions.ts#deactivateServiceAccountAction',
    page: (s) => `/admin/service-accounts/${s.code}`,
    subject: 'serviceAccount',
    input: (s) => ({ account: s.code }),
    allowed: ['admin'],
    refusal: /^serviceAccounts\.errors\.notFound$/,
    evidence: (s) => rowAndEvents('users', 'user', s.code),
  },
  {
    // any token of the admin's scope, here a personal one of the coordinator of P01
    action: 'app/(app)/admin/tokens/actions.ts#adminRevokeTokenAction',
    page: () => '/admin/tokens',
    subject: 'apiToken',
    input: (s) => ({ id: s.code }),
    allowed: ['admin'],
    refusal: /^apiTokens\.errors\.notFound$/,
    evidence: (s) => ({ sql: 'SELECT revoked_at FROM api_tokens WHERE id = $1', params: [Number(s.code)] }),
  },
];

/** What a route handler answers a viewer who may not have it. */
export type RouteEntry = {
  /** the route file, relative to the project root */
  route: `app/${string}/route.ts`;
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  /** viewers answered 2xx; 'everyone' includes anonymous */
  allowed: readonly ViewerName[];
  /** the status of a refusal to a signed-in viewer */
  refusal: number;
  /** what anonymous gets: a status, or 'login' (the proxy's redirect to /login) */
  anonymous: number | 'login';
  /** an upload: its multipart form and what an allowed one stores (a refused one stores nothing) */
  upload?: { form: (token: string) => UploadForm; evidence: (token: string) => Evidence };
};

/** A multipart form as Playwright posts it. */
export type UploadForm = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;

const csvUpload = (name: string, rows: string[][]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`),
});

const EXPORT_P01 = '/api/export/tasks?format=csv&org=P01';

export const ROUTES: readonly RouteEntry[] = [
  {
    route: 'app/api/health/route.ts',
    method: 'GET',
    url: '/api/health',
    allowed: VIEWER_NAMES,
    refusal: 0,
    anonymous: 200,
  },
  {
    route: 'app/api/ready/route.ts',
    method: 'GET',
    url: '/api/ready',
    allowed: VIEWER_NAMES,
    refusal: 0,
    anonymous: 200,
  },
  {
    // a session is no key: only `Authorization: Bearer <METRICS_TOKEN>` (e2e/metrics.spec.ts)
    route: 'app/api/metrics/route.ts',
    method: 'GET',
    url: '/api/metrics',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/auth/[...nextauth]/route.ts',
    method: 'GET',
    url: '/api/auth/session',
    allowed: VIEWER_NAMES,
    refusal: 0,
    anonymous: 200,
  },
  {
    // next-auth's own endpoints: sign-in goes through the login action, so a POST without the
    // CSRF token of next-auth's form is refused (it redirects to its error page, never signs in).
    route: 'app/api/auth/[...nextauth]/route.ts',
    method: 'POST',
    url: '/api/auth/callback/credentials',
    allowed: [],
    refusal: 302,
    anonymous: 302,
  },
  {
    route: 'app/api/export/[report]/route.ts',
    method: 'GET',
    url: EXPORT_P01,
    allowed: ['officialInScope', 'leader', 'coordinator', 'reviewCoordinator', 'admin'],
    refusal: 404,
    anonymous: 'login',
  },
  {
    route: 'app/api/export/audit/route.ts',
    method: 'GET',
    url: '/api/export/audit?action=auth.login',
    allowed: ['coordinator', 'reviewCoordinator', 'admin'],
    refusal: 404,
    anonymous: 'login',
  },
  {
    route: 'app/api/upload/tasks-import/route.ts',
    method: 'POST',
    url: '/api/upload/tasks-import',
    allowed: COORDINATORS,
    refusal: 403,
    anonymous: 401,
    upload: {
      form: (token) => ({
        mode: 'commit',
        file: csvUpload('nhiem-vu.csv', [
          ['Tên nhiệm vụ', 'Đơn vị thực hiện', 'Hạn hoàn thành'],
          [`Nhập ${token}`, 'P01', '2026-12-31'],
        ]),
      }),
      evidence: (token) => ({
        sql: 'SELECT count(*) AS n FROM tasks WHERE title LIKE $1',
        params: [`%${token}%`],
      }),
    },
  },
  {
    route: 'app/api/upload/recommendations-import/route.ts',
    method: 'POST',
    url: '/api/upload/recommendations-import',
    allowed: COORDINATORS,
    refusal: 403,
    anonymous: 401,
    upload: {
      form: (token) => ({
        mode: 'commit',
        file: csvUpload('kien-nghi.csv', [
          ['Nội dung kiến nghị', 'Loại kiến nghị', 'Nơi nhận', 'Đơn vị gửi kiến nghị'],
          [`Nhập ${token}`, 'policy', 'BNV', 'P01'],
        ]),
      }),
      evidence: (token) => ({
        sql: 'SELECT count(*) AS n FROM recommendations WHERE text LIKE $1',
        params: [`%${token}%`],
      }),
    },
  },
  {
    // evidence documents: whoever may edit the record attaches; the others are told "not found"
    route: 'app/api/upload/documents/route.ts',
    method: 'POST',
    url: '/api/upload/documents',
    allowed: ['officialInScope', ...COORDINATORS],
    refusal: 404,
    anonymous: 401,
    upload: {
      form: (token) => ({
        recordKind: 'task_update',
        record: DOCUMENT_TASK,
        title: `Tài liệu ${token}`,
        file: pdfUpload(token),
      }),
      evidence: (token) => ({
        sql: 'SELECT count(*) AS n FROM documents WHERE title LIKE $1',
        params: [`%${token}%`],
      }),
    },
  },
  {
    // a document out of reach answers as one that does not exist (lib/documents/documents.int.test.ts
    // downloads real ones by role); here: no viewer gets anything from an unknown id
    route: 'app/api/documents/[id]/route.ts',
    method: 'GET',
    url: '/api/documents/00000000-0000-4000-8000-000000000000',
    allowed: [],
    refusal: 404,
    anonymous: 'login',
  },
  {
    // the unit picker of the task form: coordinators only; the others are refused as not found
    route: 'app/api/options/units/route.ts',
    method: 'GET',
    url: '/api/options/units?purpose=assign&q=P01',
    allowed: COORDINATORS,
    refusal: 404,
    anonymous: 'login',
  },
  // /api/v1 (issue 21): a session is no key, only `Authorization: Bearer <token>`
  // (app/api/v1/api.int.test.ts walks tokens by role, scope and permission); its description is public.
  {
    route: 'app/api/v1/openapi.json/route.ts',
    method: 'GET',
    url: '/api/v1/openapi.json',
    allowed: VIEWER_NAMES,
    refusal: 0,
    anonymous: 200,
  },
  {
    route: 'app/api/v1/tasks/route.ts',
    method: 'GET',
    url: '/api/v1/tasks?org=P01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/tasks/[code]/route.ts',
    method: 'GET',
    url: '/api/v1/tasks/NV-HP-01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/tasks/[code]/route.ts',
    method: 'PATCH',
    url: '/api/v1/tasks/NV-HP-01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  // reference data (app/api/v1/reference-data.int.test.ts reads them with tokens by role and scope)
  {
    route: 'app/api/v1/sessions/route.ts',
    method: 'GET',
    url: '/api/v1/sessions?org=P01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/sessions/[code]/route.ts',
    method: 'GET',
    url: '/api/v1/sessions/KS-HP',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/organizations/route.ts',
    method: 'GET',
    url: '/api/v1/organizations?parent=P01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/organizations/[code]/route.ts',
    method: 'GET',
    url: '/api/v1/organizations/P01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/figures/route.ts',
    method: 'GET',
    url: '/api/v1/figures?org=P01',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/tasks/[code]/documents/route.ts',
    method: 'GET',
    url: '/api/v1/tasks/NV-P01-01/documents',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/documents/[id]/route.ts',
    method: 'GET',
    url: '/api/v1/documents/00000000-0000-4000-8000-000000000000',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  {
    route: 'app/api/v1/tasks/route.ts',
    method: 'POST',
    url: '/api/v1/tasks',
    allowed: [],
    refusal: 401,
    anonymous: 401,
  },
  // the workflow actions, one route each (app/api/v1/api-task-writes.int.test.ts walks them by token)
  ...(['start', 'report', 'confirm', 'return', 'extend', 'cancel', 'reopen'] as const).map(
    (action): RouteEntry => ({
      route: `app/api/v1/tasks/[code]/actions/${action}/route.ts`,
      method: 'POST',
      url: `/api/v1/tasks/NV-HP-01/actions/${action}`,
      allowed: [],
      refusal: 401,
      anonymous: 401,
    }),
  ),
  // recommendations and their answers (app/api/v1/api-recommendations.int.test.ts)
  ...(
    [
      ['app/api/v1/recommendations/route.ts', 'GET', '/api/v1/recommendations?org=P01'],
      ['app/api/v1/recommendations/route.ts', 'POST', '/api/v1/recommendations'],
      ['app/api/v1/recommendations/[code]/route.ts', 'GET', '/api/v1/recommendations/KN-HP-01'],
      [
        'app/api/v1/recommendations/[code]/answers/route.ts',
        'POST',
        '/api/v1/recommendations/KN-HP-01/answers',
      ],
      [
        'app/api/v1/recommendations/[code]/actions/submit/route.ts',
        'POST',
        '/api/v1/recommendations/KN-HP-01/actions/submit',
      ],
    ] as const
  ).map(
    ([route, method, url]): RouteEntry => ({ route, method, url, allowed: [], refusal: 401, anonymous: 401 }),
  ),
  // a task's extension requests and supporting units' parts (app/api/v1/api-extensions.int.test.ts)
  ...(
    [
      [
        'app/api/v1/tasks/[code]/extension-requests/route.ts',
        'GET',
        '/api/v1/tasks/NV-HP-01/extension-requests',
      ],
      [
        'app/api/v1/tasks/[code]/extension-requests/route.ts',
        'POST',
        '/api/v1/tasks/NV-HP-01/extension-requests',
      ],
      [
        'app/api/v1/tasks/[code]/extension-requests/[id]/route.ts',
        'GET',
        '/api/v1/tasks/NV-HP-01/extension-requests/1',
      ],
      ...(['grant', 'refuse', 'withdraw'] as const).map(
        (decision) =>
          [
            `app/api/v1/tasks/[code]/extension-requests/[id]/actions/${decision}/route.ts`,
            'POST',
            `/api/v1/tasks/NV-HP-01/extension-requests/1/actions/${decision}`,
          ] as const,
      ),
      ['app/api/v1/tasks/[code]/parts/route.ts', 'GET', '/api/v1/tasks/NV-HP-01/parts'],
      ['app/api/v1/tasks/[code]/parts/[unit]/route.ts', 'GET', '/api/v1/tasks/NV-HP-01/parts/HP-MTTQ'],
      ['app/api/v1/tasks/[code]/parts/[unit]/route.ts', 'PATCH', '/api/v1/tasks/NV-HP-01/parts/HP-MTTQ'],
    ] as const
  ).map(
    ([route, method, url]): RouteEntry => ({ route, method, url, allowed: [], refusal: 401, anonymous: 401 }),
  ),
  {
    route: 'app/(app)/tasks/import/template/route.ts',
    method: 'GET',
    url: '/tasks/import/template',
    allowed: COORDINATORS,
    refusal: 404,
    anonymous: 'login',
  },
  {
    route: 'app/(app)/recommendations/import/template/route.ts',
    method: 'GET',
    url: '/recommendations/import/template',
    allowed: COORDINATORS,
    refusal: 404,
    anonymous: 'login',
  },
];
