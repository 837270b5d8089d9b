import { describe, expect, it } from 'vitest';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { tasksByOrganization } from './dashboard-breakdown';
import { recommendationHeadline, repliesOverdueByProvince } from './dashboard-recommendations';
import { organizationForViewer, peerRank } from './organization-page';
import { listProvinces } from './reference';

describe('the page of an organization', () => {
  it('is readable inside the viewer scope only', async () => {
    const national = await viewerFor('lanhdao');
    expect(await organizationForViewer(national, 'P31')).toMatchObject({
      code: 'P31',
      kind: 'province',
      parent: { code: 'VN' },
    });
    expect(await organizationForViewer(national, 'BNV')).toMatchObject({ code: 'BNV' });
    const haiPhong = await viewerFor('hp.lanhdao');
    expect(await organizationForViewer(haiPhong, 'HP-MTTQ')).toMatchObject({ code: 'HP-MTTQ' });
    // another province, the country, a ministry, an unknown code: the same null (a 404)
    for (const code of ['P01', 'VN', 'BNV', 'NOPE'])
      expect(await organizationForViewer(haiPhong, code)).toBeNull();
    expect(await organizationForViewer(await viewerFor('bnv'), 'P31')).toBeNull();
  });

  it('ranks a unit among its peers as the dashboard ranking does, and only where the viewer sees them', async () => {
    const national = await viewerFor('lanhdao');
    const filters = { asOf: today() };
    const haiPhong = await organizationForViewer(national, 'P31');
    const rank = await peerRank(national, haiPhong!, filters);
    const groups = await tasksByOrganization(national, { ...filters, org: 'VN' });
    expect(rank?.of).toBe(groups.filter((g) => /^P\d+$/.test(g.code)).length); // provinces only
    expect(rank?.peers[(rank?.rank ?? 0) - 1]?.code).toBe('P31');
    // the peers' figures are the parent's breakdown asked by its code (peerRank asks the viewer's
    // own scope unfiltered: the same figure)
    const byCode = (list: { code: string }[]) => [...list].sort((a, b) => a.code.localeCompare(b.code));
    expect(byCode(rank?.peers ?? [])).toEqual(byCode(groups.filter((g) => /^P\d+$/.test(g.code))));
    // a Hải Phòng leader reads no other province: no rank for the city rather than "1 of 1"…
    const own = await viewerFor('hp.lanhdao');
    expect(await peerRank(own, (await organizationForViewer(own, 'P31'))!, filters)).toBeNull();
    // …but inside the city its units rank among themselves
    const front = await peerRank(own, (await organizationForViewer(own, 'HP-TU'))!, filters);
    expect(front?.peers.map((p) => p.code)).toEqual(expect.arrayContaining(['HP-TU', 'HP-MTTQ']));
    const city = await tasksByOrganization(own, { ...filters, org: 'P31' });
    expect(byCode(front?.peers ?? [])).toEqual(byCode(city.filter((g) => g.code !== '')));
    // an official of the Front sees its own unit, not its peers
    const official = await viewerFor('hp.mttq');
    expect(await peerRank(official, (await organizationForViewer(official, 'HP-MTTQ'))!, filters)).toBeNull();
  });
});

describe('replies overdue by province (the tile map)', () => {
  it('gives each province the headline figure of that province', async () => {
    const national = await viewerFor('lanhdao');
    const filters = { asOf: today() };
    const byProvince = await repliesOverdueByProvince(national, filters);
    expect(byProvince.reduce((n, r) => n + r.replyOverdue, 0)).toBeGreaterThan(0);
    for (const province of await listProvinces(national)) {
      const headline = await recommendationHeadline(national, { ...filters, org: province.code });
      const tile = byProvince.find((r) => r.code === province.code)?.replyOverdue ?? 0;
      expect(tile, province.code).toBe(headline.replyOverdue);
    }
  });
});
