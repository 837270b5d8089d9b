import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { taskHeadline } from '@/db/queries/dashboard';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { postgresStore } from '@/db/queries/document-blobs';
import { withdrawDocument } from '@/db/queries/documents';
import { headlineSince } from '@/db/queries/headline';
import { findOrganization } from '@/db/queries/organization-list';
import { organizationForViewer } from '@/db/queries/organization-page';
import { listSessions as sessionsOfPage } from '@/db/queries/sessions';
import { createToken } from '@/db/queries/tokens';
import { events, organizations, reviews, surveySessions } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { setClock } from '@/lib/clock';
import { handleDocumentUpload } from '@/lib/documents/upload';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { GET as getDocument } from './documents/[id]/route';
import { GET as getFigures } from './figures/route';
import { GET as getOrganization } from './organizations/[code]/route';
import { GET as listOrganizations } from './organizations/route';
import { GET as getSession } from './sessions/[code]/route';
import { GET as listSessions } from './sessions/route';
import { GET as listTaskDocuments } from './tasks/[code]/documents/route';

/**
 * The contract of /api/v1's reference data (issue 21): survey sessions, organizations, figures and
 * documents, on the route handlers themselves — the pages' visibility (another province's record is
 * 404, as one that does not exist), problem details in the caller's language, cursor pages.
 */
const BASE = 'http://tracker.test';
/** A route handler; the route's last segment is its `code` or its `id`. */
type Handler = (
  request: Request,
  context: { params: Promise<{ code: string; id: string }> },
) => Promise<Response>;

const tokens = new Map<string, string>();
async function tokenOf(login: string): Promise<string> {
  const kept = tokens.get(login);
  if (kept) return kept;
  const made = await createToken(
    await viewerFor(login),
    { name: `reference ${login}`, scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
    new Date(TEST_NOW),
  );
  if (!made.ok) throw new Error(made.reason);
  tokens.set(login, made.token);
  return made.token;
}

/** A GET of `path` as `login` (no token when null), with the route's last segment as its parameter. */
async function get(
  handler: Handler,
  path: string,
  login: string | null,
  headers: Record<string, string> = {},
) {
  const all = { ...headers, ...(login ? { Authorization: `Bearer ${await tokenOf(login)}` } : {}) };
  const request = new Request(`${BASE}${path}`, { headers: all });
  const segments = new URL(request.url).pathname.split('/');
  const value = decodeURIComponent(segments[4] ?? '');
  return handler(request, { params: Promise.resolve({ code: value, id: value }) });
}

/** Every row of a list, page by page through `next`; the pages' count too. */
async function allPages(handler: Handler, first: string, login: string) {
  const rows: Record<string, unknown>[] = [];
  let next: string | null = first;
  let pages = 0;
  while (next) {
    const response = await get(handler, next, login);
    expect(response.status).toBe(200);
    const body = await response.json();
    const link = response.headers.get('link');
    expect(link).toBe(body.next ? `<${body.next}>; rel="next"` : null);
    rows.push(...body.data);
    next = body.next;
    pages += 1;
  }
  return { rows, pages };
}

const codes = (rows: Record<string, unknown>[]) => rows.map((r) => r.code as string);

afterEach(() => setClock(TEST_NOW));

/** A survey session with a unit of another province (P01), that Hải Phòng's accounts may not read. */
const OTHER_SESSION = 'KS-P01-API';
beforeAll(async () => {
  const [review] = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.code, 'TK20-NQ23'));
  const [p01] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, 'P01'));
  await db.insert(surveySessions).values({
    code: OTHER_SESSION,
    reviewId: review.id,
    organizationId: p01.id,
    heldOn: '2026-03-02',
    titleVi: 'Đoàn khảo sát làm việc với tỉnh P01',
  });
});

describe('every endpoint answers 401 problem details without a token', () => {
  it.each([
    ['sessions', listSessions, '/api/v1/sessions'],
    ['one session', getSession, '/api/v1/sessions/KS-HP'],
    ['organizations', listOrganizations, '/api/v1/organizations'],
    ['one organization', getOrganization, '/api/v1/organizations/P31'],
    ['figures', getFigures, '/api/v1/figures'],
    ['task documents', listTaskDocuments, '/api/v1/tasks/NV-HP-06/documents'],
    ['a document', getDocument, '/api/v1/documents/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s', async (_, handler, path) => {
    const response = await get(handler, path, null, { Cookie: 'authjs.session-token=x' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 401, title: 'Chưa xác thực' });
  });
});

describe('GET /api/v1/sessions', () => {
  it('lists the sessions the sessions page lists, newest first, page by page', async () => {
    const { rows, pages } = await allPages(listSessions, '/api/v1/sessions?limit=1', 'hp.dieuphoi');
    expect(pages).toBe(2);
    expect(codes(rows).sort()).toEqual(['KS-HP', 'KS-HP-TN']);
    expect(rows[0]).toMatchObject({ review: 'TK20-NQ23', organization: { code: expect.any(String) } });
    // the national coordinator reads every one, the other province's too
    const national = await allPages(listSessions, '/api/v1/sessions?limit=2', 'dieuphoi');
    expect(codes(national.rows)).toContain(OTHER_SESSION);
    expect(new Set(codes(national.rows)).size).toBe(national.rows.length);
    // the very sessions the sessions page shows each of them
    for (const [login, got] of [
      ['hp.dieuphoi', rows],
      ['dieuphoi', national.rows],
    ] as const) {
      const shown = await sessionsOfPage(await viewerFor(login));
      expect(codes(got).sort(), login).toEqual(shown.map((s) => s.code).sort());
    }
    const days = national.rows.map((r) => (r.heldOn as string | null) ?? '0001-01-01');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('filters by organization subtree and review; a unit out of reach is 404, bad parameters 400', async () => {
    const only = await get(listSessions, '/api/v1/sessions?org=HP-TN', 'hp.dieuphoi');
    expect(codes((await only.json()).data)).toEqual(['KS-HP-TN']);
    const none = await get(listSessions, '/api/v1/sessions?review=KHONG-CO', 'hp.dieuphoi');
    expect((await none.json()).data).toEqual([]);
    const outside = await get(listSessions, '/api/v1/sessions?org=P01', 'hp.dieuphoi');
    expect(outside.status).toBe(404);
    const bad = await get(listSessions, '/api/v1/sessions?limit=0&org=%3Cx%3E&cursor=abc', 'hp.dieuphoi', {
      'Accept-Language': 'en',
    });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.errors).sort()).toEqual(['limit', 'org']);
    expect(body.title).toBe('Bad request');
    const cursor = await get(listSessions, '/api/v1/sessions?cursor=abc', 'hp.dieuphoi');
    expect(Object.keys((await cursor.json()).errors)).toEqual(['cursor']);
    // a cursor of another list, or with a value that is no day: 400, never a database error
    for (const raw of [
      ['code', 'P01', 'P01'],
      ['heldOn', '2026-02-30', 'KS-HP'],
    ]) {
      const edited = Buffer.from(JSON.stringify(raw)).toString('base64url');
      const answer = await get(listSessions, `/api/v1/sessions?cursor=${edited}`, 'hp.dieuphoi');
      expect(answer.status, raw.join()).toBe(400);
    }
  });
});

describe('GET /api/v1/sessions/{code}', () => {
  it('answers the session with what came out of it, an ETag and 304', async () => {
    const response = await get(getSession, '/api/v1/sessions/KS-HP', 'hp.dieuphoi');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ code: 'KS-HP', review: 'TK20-NQ23', version: 1 });
    expect(Array.isArray(body.tasks)).toBe(true);
    expect(Array.isArray(body.recommendations)).toBe(true);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"1-[0-9a-f]{16}"$/);
    const again = await get(getSession, '/api/v1/sessions/KS-HP', 'hp.dieuphoi', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it("answers 404 for another province's session, as for one that does not exist", async () => {
    expect((await get(getSession, `/api/v1/sessions/${OTHER_SESSION}`, 'dieuphoi')).status).toBe(200);
    const hidden = await get(getSession, `/api/v1/sessions/${OTHER_SESSION}`, 'hp.dieuphoi');
    const missing = await get(getSession, '/api/v1/sessions/KS-KHONG-CO', 'hp.dieuphoi');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    const [a, b] = [await hidden.json(), await missing.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect(a.title).toBe('Không tìm thấy');
  });
});

describe('GET /api/v1/organizations', () => {
  it('lists the units of the scope, each once, with parent, kind and level', async () => {
    const { rows, pages } = await allPages(listOrganizations, '/api/v1/organizations?limit=7', 'hp.dieuphoi');
    expect(pages).toBeGreaterThan(1);
    const expected = await selectRows<{ code: string }>(
      db,
      sql`SELECT code FROM organizations
          WHERE path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31') ORDER BY code`,
    );
    expect(codes(rows)).toEqual(expected.map((r) => r.code));
    const province = rows.find((r) => r.code === 'P31');
    expect(province).toMatchObject({ kind: 'province', parent: 'VN', level: 2, province: 'P31' });
    expect(rows.find((r) => r.code === 'HP-VPTU')).toMatchObject({ parent: 'HP-TU', level: 4 });
  });

  it('filters by parent, kind and text; a parent out of reach is 404, bad parameters 400', async () => {
    const children = await get(listOrganizations, '/api/v1/organizations?parent=HP-TU', 'hp.dieuphoi');
    const body = await children.json();
    expect(codes(body.data)).toEqual(expect.arrayContaining(['HP-BDV', 'HP-BTG', 'HP-VPTU']));
    for (const row of body.data) expect(row.parent).toBe('HP-TU');
    const districts = await get(listOrganizations, '/api/v1/organizations?kind=district', 'hp.dieuphoi');
    for (const row of (await districts.json()).data) expect(row.kind).toBe('district');
    const found = await get(listOrganizations, '/api/v1/organizations?q=thuy%20nguyen', 'hp.dieuphoi');
    expect(codes((await found.json()).data)).toContain('HP-TN');
    expect((await get(listOrganizations, '/api/v1/organizations?parent=P01', 'hp.dieuphoi')).status).toBe(
      404,
    );
    const bad = await get(listOrganizations, '/api/v1/organizations?kind=planet&limit=5000', 'hp.dieuphoi');
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['kind', 'limit']);
  });
});

describe('GET /api/v1/organizations/{code}', () => {
  it('reads a unit as its page does: in the scope, else 404 as for an unknown code', async () => {
    const response = await get(getOrganization, '/api/v1/organizations/HP-TN', 'hp.dieuphoi');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 'HP-TN', kind: 'district', parent: 'P31', level: 3 });
    const hidden = await get(getOrganization, '/api/v1/organizations/P01', 'hp.dieuphoi');
    const missing = await get(getOrganization, '/api/v1/organizations/KHONG-CO', 'hp.dieuphoi');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect({ ...(await hidden.json()), instance: 0 }).toEqual({ ...(await missing.json()), instance: 0 });
    // the same reach as /organizations/[code], unit by unit, for a viewer with a narrow scope
    const viewer = await viewerFor('hp.danvan');
    for (const code of ['VN', 'P31', 'HP-TU', 'HP-BDV', 'HP-VPTU', 'P01', 'BNV']) {
      expect(!!(await findOrganization(viewer, code)), code).toBe(
        !!(await organizationForViewer(viewer, code)),
      );
    }
  });
});

describe('GET /api/v1/figures', () => {
  it("answers the dashboard's own figures for a scope and a day", async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    const filters = { asOf: '2026-11-15', org: 'P31', level: 'top' as const };
    const response = await get(getFigures, '/api/v1/figures?org=P31&asOf=2026-11-15', 'hp.dieuphoi');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ asOf: '2026-11-15', review: null, level: 'top', scope: { code: 'P31' } });
    const headline = await headlineSince(viewer, filters);
    expect(body.headline).toEqual(headline.numbers);
    const classes = await taskHeadline(viewer, filters);
    expect(body.deadlineClasses).toEqual({
      completed_on_time: classes.completed_on_time,
      completed_late: classes.completed_late,
      in_progress_on_time: classes.in_progress_on_time,
      overdue: classes.overdue,
    });
    const units = await tasksByOrganization(viewer, filters);
    expect(body.units.map((u: { code: string | null; total: number }) => [u.code, u.total])).toEqual(
      units.map((u) => [u.code || null, u.total]),
    );
    // and, counted apart: every task of the province's units, not cancelled, every level
    const all = await get(getFigures, '/api/v1/figures?org=P31&asOf=2026-11-15&level=all', 'hp.dieuphoi');
    const [{ n }] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          WHERE o.path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31') AND t.status <> 'cancelled'`,
    );
    expect((await all.json()).headline.tasksTotal).toBe(n);
  });

  it('defaults to the scope and today; national figures are split by province', async () => {
    const body = await (await get(getFigures, '/api/v1/figures', 'lanhdao')).json();
    expect(body.scope.code).toBe('VN');
    expect(body.asOf).toBe('2026-11-15');
    expect(body.units.length).toBeGreaterThan(2);
    expect(body.units.map((u: { code: string }) => u.code)).toContain('P31');
    const rates = body.headline.completionRate;
    expect(rates === null || (rates >= 0 && rates <= 1)).toBe(true);
  });

  it('answers 404 for an organization out of reach and 400 naming a bad parameter', async () => {
    const outside = await get(getFigures, '/api/v1/figures?org=P01', 'hp.dieuphoi', {
      'Accept-Language': 'en',
    });
    expect(outside.status).toBe(404);
    expect((await outside.json()).title).toBe('Not found');
    const bad = await get(getFigures, '/api/v1/figures?asOf=15/11/2026&level=some', 'hp.dieuphoi');
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.errors).sort()).toEqual(['asOf', 'level']);
    expect(body.errors.asOf).toEqual(['Giá trị không hợp lệ.']);
    const review = await get(getFigures, '/api/v1/figures?review=KHONG-CO', 'hp.dieuphoi');
    expect(review.status).toBe(400);
    expect(Object.keys((await review.json()).errors)).toEqual(['review']);
  });
});

describe('documents', () => {
  const bytes = Buffer.from(`%PDF-1.4\n% api ${'x'.repeat(3000)}\n%%EOF\n`);
  let id = '';

  beforeAll(async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      recordKind: 'completion_report',
      record: 'NV-HP-06',
      title: 'Báo cáo qua API',
      numberSymbol: '12-BC/API',
    }))
      form.set(key, value);
    form.set('file', new Blob([bytes]), 'Báo cáo API.pdf');
    const viewer = await viewerFor('hp.danvan');
    const answer = await handleDocumentUpload(
      new Request(`${BASE}/api/upload/documents`, {
        method: 'POST',
        body: form,
        headers: { host: 'tracker.test', origin: BASE },
      }),
      async () => viewer,
      postgresStore,
    );
    expect(answer.status).toBe(201);
    id = (answer.body as { id: string }).id;
  });

  it("lists a task's documents as its page does, and 404 for a task out of reach", async () => {
    const response = await get(listTaskDocuments, '/api/v1/tasks/NV-HP-06/documents', 'hp.dieuphoi');
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.find((d: { id: string }) => d.id === id)).toMatchObject({
      kind: 'completion_report',
      title: 'Báo cáo qua API',
      numberSymbol: '12-BC/API',
      fileName: 'Báo cáo API.pdf',
      size: bytes.length,
      withdrawnAt: null,
      download: `/api/v1/documents/${id}`,
    });
    const hidden = await get(listTaskDocuments, '/api/v1/tasks/NV-HP-06/documents', 'bnv');
    const missing = await get(listTaskDocuments, '/api/v1/tasks/NV-KHONG-CO/documents', 'bnv');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
  });

  it('streams the file with the download route’s headers, and logs the download', async () => {
    const response = await get(getDocument, `/api/v1/documents/${id}`, 'hp.dieuphoi');
    expect(response.status).toBe(200);
    const got = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(got).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Bao cao API.pdf"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store, no-transform');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const viewer = await viewerFor('hp.dieuphoi');
    const logged = await db
      .select({ id: events.id })
      .from(events)
      .where(
        and(eq(events.entityCode, id), eq(events.action, 'document.download'), eq(events.actorId, viewer.id)),
      );
    expect(logged.length).toBe(1);
  });

  it("answers 404 problem details for another's document, a malformed id and an unknown one", async () => {
    for (const [path, login] of [
      [`/api/v1/documents/${id}`, 'bnv'],
      [`/api/v1/documents/${id}`, 'hp.mttq'],
      ['/api/v1/documents/not-a-uuid', 'hp.dieuphoi'],
      ['/api/v1/documents/00000000-0000-4000-8000-000000000000', 'hp.dieuphoi'],
    ]) {
      const response = await get(getDocument, path, login, { 'Accept-Language': 'en' });
      expect(response.status, `${login} ${path}`).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).title).toBe('Not found');
    }
  });

  it('keeps a withdrawn document from all but administrators', async () => {
    const withdrawn = await withdrawDocument(await viewerFor('hp.danvan'), { id, reason: 'Nhầm tệp' });
    expect(withdrawn.ok).toBe(true);
    const list = await get(listTaskDocuments, '/api/v1/tasks/NV-HP-06/documents', 'hp.dieuphoi');
    const item = (await list.json()).data.find((d: { id: string }) => d.id === id);
    expect(item).toMatchObject({ download: null, withdrawnReason: 'Nhầm tệp' });
    expect((await get(getDocument, `/api/v1/documents/${id}`, 'hp.dieuphoi')).status).toBe(404);
    const admin = await get(getDocument, `/api/v1/documents/${id}`, 'quantri');
    expect(admin.status).toBe(200);
    expect(Buffer.from(await admin.arrayBuffer()).length).toBe(bytes.length);
  });
});
