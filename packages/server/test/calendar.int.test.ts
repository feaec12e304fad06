import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliverable, createDeliverableWorld, type DeliverableWorld, ok } from './deliverables-fixture';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let w: DeliverableWorld;
let cocoonCampaign: string;

interface Calendar {
  entries: { deliverableId: string; day: string; kind: string; conflicts: number[] }[];
  conflicts: {
    code: string;
    deliverableIds: string[];
    brands: string[];
    hoursApart: number | null;
    day: string | null;
  }[];
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'cal');
  cocoonCampaign = (
    await ok<{ id: string }>(
      t.request({
        method: 'POST',
        url: `${w.ws}/campaigns`,
        as: w.owner,
        payload: { name: 'Cocoon Tết', brand: 'Cocoon' },
      }),
      201,
    )
  ).id;
  await ok(
    t.request({
      method: 'POST',
      url: `${w.ws}/campaigns/${cocoonCampaign}/creators`,
      as: w.owner,
      payload: { creators: [{ creatorId: w.linh }] },
    }),
  );
});
afterAll(async () => {
  await t?.close();
});

const calendar = (query: string) =>
  ok<Calendar>(t.request({ method: 'GET', url: `${w.ws}/calendar?${query}`, as: w.owner }));

describe('calendar', () => {
  it('flags one creator posting for competing brands, naming both brands', async () => {
    const comem = await createDeliverable(t, w, w.linh, { dueAt: '2026-12-05T20:00:00+07:00' });
    const cocoon = await ok<{ id: string }>(
      t.request({
        method: 'POST',
        url: `${w.ws}/campaigns/${cocoonCampaign}/deliverables`,
        as: w.owner,
        payload: {
          creatorId: w.linh,
          title: 'Cocoon',
          type: 'video',
          platform: 'tiktok',
          dueAt: '2026-12-20T20:00:00+07:00',
        },
      }),
      201,
    );
    const month = await calendar('from=2026-12-01&to=2026-12-31');
    expect(month.conflicts).toEqual([
      expect.objectContaining({
        code: 'competing_brands',
        deliverableIds: [comem.id, cocoon.id],
        brands: ['Cỏ Mềm', 'Cocoon'],
      }),
    ]);
    const cocoonEntry = month.entries.find((e) => e.deliverableId === cocoon.id);
    expect(cocoonEntry).toMatchObject({ day: '2026-12-20', kind: 'due', conflicts: [0] });
    // A week that shows only the Cỏ Mềm post still names the clash with the Cocoon post 15 days later.
    const week = await calendar('from=2026-12-01&to=2026-12-07');
    expect(week.entries.map((e) => e.deliverableId)).toEqual([comem.id]);
    expect(week.conflicts.map((c) => c.code)).toEqual(['competing_brands']);
  });

  it('flags important posts to the same audience less than 48 h apart, and a post after the campaign ends', async () => {
    const a = await createDeliverable(t, w, w.linh, {
      important: true,
      scheduledAt: '2026-12-24T20:00:00+07:00',
      dueAt: '2026-12-24T20:00:00+07:00',
    });
    const b = await createDeliverable(t, w, w.minh, { important: true, dueAt: '2026-12-25T12:00:00+07:00' });
    const late = await createDeliverable(t, w, w.minh, { dueAt: '2027-01-01T00:30:00+07:00' });
    const december = await calendar('from=2026-12-22&to=2026-12-31');
    expect(december.conflicts).toContainEqual(
      expect.objectContaining({
        code: 'audience_overlap',
        deliverableIds: [a.id, b.id],
        hoursApart: 16,
        segment: 'Làm đẹp|Hồ Chí Minh',
      }),
    );
    const january = await calendar('from=2027-01-01&to=2027-01-31');
    expect(january.conflicts).toEqual([
      expect.objectContaining({
        code: 'outside_campaign_dates',
        deliverableIds: [late.id],
        day: '2027-01-01',
      }),
    ]);
    const wider = await calendar('from=2026-12-22&to=2026-12-31&overlapWindowHours=12');
    expect(wider.conflicts.some((c) => c.code === 'audience_overlap')).toBe(false);
  });

  it('filters by campaign and refuses a range that is reversed or longer than 62 days', async () => {
    const cocoonOnly = await calendar(`from=2026-12-01&to=2026-12-31&campaignId=${cocoonCampaign}`);
    expect(cocoonOnly.entries).toHaveLength(1);
    const reversed = await t.request({
      method: 'GET',
      url: `${w.ws}/calendar?from=2026-12-31&to=2026-12-01`,
      as: w.owner,
    });
    expect(reversed.json().error.details[0].path).toBe('querystring.from');
    const long = await t.request({
      method: 'GET',
      url: `${w.ws}/calendar?from=2026-01-01&to=2026-06-01`,
      as: w.owner,
    });
    expect(long.json().error.details[0].path).toBe('querystring.to');
  });

  it("flags a post for a competitor inside the creator's exclusivity window from a signed contract", async () => {
    await ok(
      t.request({
        method: 'POST',
        url: `${w.ws}/contracts`,
        as: w.owner,
        payload: {
          campaignId: w.campaignId,
          creatorId: w.minh,
          status: 'signed',
          fee: 10_000_000,
          exclusivityStart: '2026-12-01',
          exclusivityEnd: '2027-02-28',
          competitors: ['Cocoon'],
        },
      }),
      201,
    );
    await ok(
      t.request({
        method: 'POST',
        url: `${w.ws}/campaigns/${cocoonCampaign}/creators`,
        as: w.owner,
        payload: { creators: [{ creatorId: w.minh }] },
      }),
    );
    const breach = await ok<{ id: string }>(
      t.request({
        method: 'POST',
        url: `${w.ws}/campaigns/${cocoonCampaign}/deliverables`,
        as: w.owner,
        payload: {
          creatorId: w.minh,
          title: 'Cocoon',
          type: 'post',
          platform: 'tiktok',
          dueAt: '2027-02-10T20:00:00+07:00',
        },
      }),
      201,
    );
    const february = await calendar('from=2027-02-01&to=2027-02-28');
    expect(february.conflicts).toContainEqual(
      expect.objectContaining({
        code: 'exclusivity_window',
        deliverableIds: [breach.id],
        brands: ['Cocoon'],
      }),
    );
  });
});
