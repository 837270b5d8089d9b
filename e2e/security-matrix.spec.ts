import fc from 'fast-check';
import {
  ACTIONS,
  type ActionEntry,
  ROUTES,
  VIEWER_NAMES,
  VIEWERS,
  type ViewerName,
} from '../tests/security/registry';
import { type ActionOutcome, callAction, signedIn } from './security/action-client';
import { expect, snapshot, test } from './security/matrix-fixtures';
import { makeSubject } from './security/subjects';

/**
 * The authorization matrix (issue #7): every server action and route handler of the registry
 * (tests/security/registry.ts) × every viewer, over HTTP against the production server on
 * PostgreSQL, so that the test reads the server's own database: a viewer the registry allows
 * changes the record, every other one gets a refusal and leaves the record exactly as it was.
 */

function succeeded(entry: ActionEntry, outcome: ActionOutcome): boolean {
  if (entry.succeeded) return entry.succeeded(outcome);
  if (outcome.status >= 400) return false;
  if (outcome.state?.status === 'success') return true;
  return !!outcome.redirect && !outcome.redirect.includes('/login') && outcome.state?.status !== 'error';
}

function refused(entry: ActionEntry, viewer: ViewerName, outcome: ActionOutcome): boolean {
  if (viewer === 'anonymous') return outcome.status === 307 && /\/login/.test(outcome.redirect ?? '');
  if (outcome.state?.status !== 'error') return false;
  const keys = [outcome.state.message ?? '', ...Object.values(outcome.state.fieldErrors ?? {}).flat()];
  return keys.some((key) => entry.refusal.test(key));
}

const show = (outcome: ActionOutcome) =>
  `${outcome.status} ${outcome.redirect ?? ''} ${JSON.stringify(outcome.state ?? null)}`;

test.describe('authorization matrix @postgres', () => {
  for (const entry of ACTIONS) {
    test(`${entry.action}${entry.case ? ` — ${entry.case}` : ''}`, async ({ db, viewers, origin }) => {
      test.slow();
      const makers = {
        coordinator: viewers.coordinator,
        national: viewers.reviewCoordinator,
        admin: viewers.admin,
      };
      const other = (await makeSubject('submittedRecommendation', 'coordinator', origin, makers, db, ''))
        .subject.code;
      // Viewers refused share one record (they must leave it untouched); each allowed one gets its own.
      let shared: Awaited<ReturnType<typeof makeSubject>> | undefined;
      const lines: string[] = [];
      for (const viewer of VIEWER_NAMES) {
        const allowed = entry.allowed.includes(viewer);
        const perViewer = allowed || entry.subject === 'ownAccount' || entry.subject === 'ownSession';
        const made =
          perViewer || !shared ? await makeSubject(entry.subject, viewer, origin, makers, db, other) : shared;
        if (!perViewer) shared = made;
        const { subject } = made;
        const evidence = entry.evidence(subject);
        const before = await snapshot(db, evidence);
        const outcome = await callAction(
          made.context ?? viewers[viewer],
          origin,
          entry.page(subject),
          entry.action,
          entry.input(subject),
          {
            before: entry.before,
            headers: { 'X-Forwarded-For': `203.0.113.${VIEWER_NAMES.indexOf(viewer) + 10}` },
          },
        );
        const after = await snapshot(db, evidence);
        lines.push(`${viewer.padEnd(20)} ${allowed ? 'may  ' : 'may not'} → ${show(outcome)}`);
        expect(outcome.status, `${viewer}: never a server error`).toBeLessThan(500);
        if (allowed) {
          expect.soft(succeeded(entry, outcome), `${viewer} may: ${show(outcome)}`).toBe(true);
          if (entry.evidence(subject).sql !== 'SELECT 1') {
            expect.soft(after, `${viewer} may: the record changed`).not.toBe(before);
          }
        } else {
          expect.soft(refused(entry, viewer, outcome), `${viewer} may not: ${show(outcome)}`).toBe(true);
          expect.soft(after, `${viewer} may not: nothing changed`).toBe(before);
        }
        await made.context?.dispose();
      }
      await test.info().attach('matrix', { body: lines.join('\n'), contentType: 'text/plain' });
    });
  }

  for (const route of ROUTES) {
    test(`${route.method} ${route.url} (${route.route})`, async ({ db, viewers, origin }) => {
      for (const viewer of VIEWER_NAMES) {
        // An upload posts a real form: an allowed viewer stores it, any other stores nothing.
        const token = `upload${VIEWER_NAMES.indexOf(viewer)}x${Date.now().toString(36)}`;
        const evidence = route.upload?.evidence(token);
        const before = evidence ? await snapshot(db, evidence) : '';
        const response = await viewers[viewer].fetch(new URL(route.url, origin).toString(), {
          method: route.method,
          maxRedirects: 0,
          headers: { Origin: origin },
          ...(route.upload ? { multipart: route.upload.form(token) } : {}),
        });
        const status = response.status();
        if (evidence) {
          const after = await snapshot(db, evidence);
          if (viewer !== 'anonymous' && route.allowed.includes(viewer))
            expect.soft(after, `${viewer} may: the upload is stored`).not.toBe(before);
          else expect.soft(after, `${viewer} may not: nothing stored`).toBe(before);
        }
        if (viewer === 'anonymous') {
          if (route.anonymous === 'login') {
            expect.soft(status, `${viewer}: sent to sign in`).toBe(307);
            expect.soft(response.headers().location ?? '').toContain('/login');
          } else {
            expect.soft(status, `${viewer}: ${route.anonymous}`).toBe(route.anonymous);
          }
        } else if (route.allowed.includes(viewer)) {
          expect.soft(status, `${viewer} may`).toBeLessThan(300);
        } else {
          expect.soft(status, `${viewer} may not`).toBe(route.refusal);
        }
        if (route.method === 'POST' && viewer === 'anonymous') {
          expect
            .soft(response.headers()['set-cookie'] ?? '', `${viewer}: no new session`)
            .not.toMatch(/session-token=[^;]/);
        }
        if (route.method === 'GET' && route.url.startsWith('/api/export') && status === 200) {
          expect.soft(response.headers()['cache-control'], 'exports are not cached').toContain('no-store');
        }
      }
    });
  }

  test('a call from another site is refused before the action runs', async ({ db, viewers, origin }) => {
    const entry = ACTIONS.find((e) => e.action.endsWith('#createTaskAction'))!;
    const code = `SEC-CSRF-${Date.now().toString(36).toUpperCase()}`;
    const subject = { code, version: 0, token: 'csrf', stamp: '', viewerLogin: '', other: '' };
    const outcome = await callAction(
      viewers.coordinator,
      origin,
      '/tasks/new',
      entry.action,
      entry.input(subject),
      {
        origin: 'https://evil.example',
      },
    );
    expect(outcome.state?.status).not.toBe('success');
    expect(outcome.redirect ?? '').not.toContain(code);
    const { rows } = await db.query('SELECT 1 FROM tasks WHERE code = $1', [code]);
    expect(rows).toHaveLength(0);
  });

  test('no input to any action causes a server error (fast-check over HTTP)', async ({ origin }) => {
    test.slow();
    const proto = fc.constantFrom('__proto__', 'constructor', 'prototype', '$ACTION_ID_x', 'organizationId');
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.string({
        unit: fc.constantFrom('\u0000', '\u001b', '\r', '\n', '\u202e', '\ud800', '<', '"', '=', '$'),
      }),
      fc.constantFrom(
        '-1',
        '1e309',
        'NaN',
        '999999999999',
        '0x10',
        '$K1',
        '$@0',
        '[]',
        '{}',
        'x'.repeat(20_000),
      ),
    );
    for (const entry of ACTIONS) {
      if (entry.subject === 'ownAccount') continue; // needs an account of its own
      const keys = Object.keys(
        entry.input({ code: 'X', version: 1, token: 't', stamp: '', viewerLogin: '', other: '' }),
      );
      const form = fc.dictionary(
        fc.oneof(fc.constantFrom(...keys, 'x'), proto),
        fc.oneof(text, fc.array(text, { maxLength: 3 })),
        {
          maxKeys: keys.length + 2,
        },
      );
      // As a viewer who may call it, so that the input reaches the validation and the write; a
      // fresh sign-in per action, as a call may end or replace the session (login, logout).
      const caller = entry.allowed.find((viewer) => viewer !== 'anonymous') ?? 'coordinator';
      const context = await signedIn(origin, VIEWERS[caller]?.login ?? null);
      const samples = fc.sample(form, { numRuns: 4, seed: 23 + ACTIONS.indexOf(entry) });
      for (const [index, fields] of samples.entries()) {
        const outcome = await callAction(
          context,
          origin,
          entry.page({ code: 'NV-HP-01', version: 1, token: '', stamp: '', viewerLogin: '', other: '' }),
          entry.action,
          fields,
          {
            before: entry.before,
            headers: { 'X-Forwarded-For': `203.0.113.${100 + index}` },
          },
        );
        expect
          .soft(outcome.status, `${entry.action} with ${JSON.stringify(fields).slice(0, 200)}`)
          .toBeLessThan(500);
      }
      await context.dispose();
    }
  });
});
