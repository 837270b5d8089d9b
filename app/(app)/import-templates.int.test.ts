import { and, eq, sql } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, users } from '@/db/schema';
import { authSecret } from '@/lib/config';
import messages from '@/messages/vi.json';
import { GET as recommendationTemplate } from './recommendations/import/template/route';
import { GET as taskTemplate } from './tasks/import/template/route';

/**
 * The import templates are downloads like the exports (the one with records is an export of
 * them): a user held back — a password to change, two-factor sign-in to set up — gets none.
 * The request is the one seam replaced here (its session cookie, sealed as at sign-in); the
 * viewer is read from the database as in the app.
 */
const session = vi.hoisted(() => ({ cookie: null as null | string }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-proto': 'http' }),
  cookies: async () => ({
    getAll: () => (session.cookie ? [{ name: 'authjs.session-token', value: session.cookie }] : []),
  }),
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages),
}));

async function signInAs(login: string) {
  const [user] = await db.select().from(users).where(eq(users.login, login));
  const now = Math.floor(Date.now() / 1000);
  session.cookie = await encode({
    token: { uid: user.id, sv: user.sessionVersion, sid: 's-1', at: now, seen: now },
    secret: authSecret(),
    salt: 'authjs.session-token',
  });
}

const holdBack = (login: string, held: boolean) =>
  db.update(users).set({ mustChangePassword: held }).where(eq(users.login, login));

const exportEvents = async (report: string) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(and(eq(events.action, 'report.export'), eq(events.entityCode, report)))
  )[0].n;

const routes = [
  { name: 'tasks', GET: taskTemplate, url: '/tasks/import/template', with: 'tasks' },
  {
    name: 'recommendations',
    GET: recommendationTemplate,
    url: '/recommendations/import/template',
    with: 'recommendations',
  },
] as const;

beforeEach(() => signInAs('dieuphoi'));
afterEach(() => holdBack('dieuphoi', false));

describe.each(routes)('the $name import template', (route) => {
  const get = (query = '') => route.GET(new Request(`http://localhost${route.url}${query}`));

  it('is served to a coordinator', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('spreadsheetml');
  });

  it('is refused, with or without records, to a coordinator who must change their password first', async () => {
    await holdBack('dieuphoi', true);
    const before = await exportEvents(
      `${route.name === 'tasks' ? 'task' : 'recommendation'}-import-template`,
    );
    for (const query of ['', `?with=${route.with}`]) {
      const response = await get(query);
      expect(response.status, query).toBe(403);
      expect(await response.text()).toBe(messages.reports.errors.heldBack);
    }
    expect(await exportEvents(`${route.name === 'tasks' ? 'task' : 'recommendation'}-import-template`)).toBe(
      before,
    );
  });

  it('is not found for a viewer who may not import, and without a session', async () => {
    await signInAs('hp.mttq');
    expect((await get()).status).toBe(404);
    session.cookie = null;
    expect((await get()).status).toBe(404);
  });
});
