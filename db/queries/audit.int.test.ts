import { describe, expect, it } from 'vitest';
import { viewerFor } from '@/tests/viewers';
import { auditBatches, auditPage } from './audit';
import { authenticate } from './auth';

describe('audit log', () => {
  it('shows a provincial coordinator only the events of their scope; the national admin sees the rest', async () => {
    await authenticate('hp.danvan', 'wrong-password', { address: null });
    await authenticate('bnv', 'wrong-password', { address: null });
    await authenticate('nobody.at.all', 'wrong-password', { address: null });
    const hp = await viewerFor('hp.dieuphoi');
    const { rows } = await auditPage(hp, { action: 'auth' }, 500);
    const logins = rows.map((r) => r.data?.login);
    expect(logins).toContain('hp.danvan');
    expect(logins).not.toContain('bnv');
    expect(logins).not.toContain('nobody.at.all');

    const admin = await viewerFor('quantri');
    const all = (await auditPage(admin, { action: 'auth.login_failed' }, 500)).rows.map((r) => r.data?.login);
    expect(all).toEqual(expect.arrayContaining(['hp.danvan', 'bnv', 'nobody.at.all']));
  });

  it('filters by who, item, action and day, and pages by id without gaps or repeats', async () => {
    const admin = await viewerFor('quantri');
    const first = await auditPage(admin, {}, 7);
    expect(first.rows).toHaveLength(7);
    const second = await auditPage(admin, { before: first.nextBefore! }, 7);
    expect(second.rows[0].id).toBeLessThan(first.rows[6].id);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(14);

    let streamed = 0;
    let previous = Number.POSITIVE_INFINITY;
    for await (const batch of auditBatches(admin, {}, 100)) {
      for (const row of batch) {
        expect(row.id).toBeLessThan(previous);
        previous = row.id;
        streamed++;
      }
    }
    expect(streamed).toBeGreaterThan(100);

    const task = await auditPage(admin, { entity: 'nv-hp-01' }, 100);
    expect(task.rows.length).toBeGreaterThan(0);
    expect(task.rows.every((r) => r.entityCode === 'NV-HP-01')).toBe(true);
    const none = await auditPage(admin, { from: '2030-01-01' }, 10);
    expect(none.rows).toEqual([]);
    await authenticate('lanhdao', 'wrong-password', { address: null });
    const today = await auditPage(
      admin,
      { actor: undefined, action: 'auth.login_failed', from: '2026-11-15', to: '2026-11-15' },
      100,
    );
    expect(today.rows.some((r) => r.data?.login === 'lanhdao')).toBe(true);
  });
});
