import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let otherWs: string;
let creatorId: string;
let campaignId: string;
let otherCampaignId: string;

const TARGET = {
  ageRange: { min: 18, max: 29 },
  genders: ['female'],
  locations: ['Sài Gòn'],
  interests: ['my pham', 'Ẩm thực'],
  niches: ['lam dep'],
};

interface FitReason {
  id: string;
  contribution: number | null;
  maxPoints: number;
  evidence: { vi: string; en: string };
}
interface Fit {
  score: number;
  coverage: number;
  reasons: FitReason[];
  audienceSource: string;
}

async function workspace(name: string): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name },
  });
  return `/api/v1/workspaces/${response.json().id}`;
}

async function campaign(base: string, name: string): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: `${base}/campaigns`,
    as: owner,
    payload: { name },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Phù hợp', 'owner-fit@example.vn');
  ws = await workspace('Phù hợp');
  otherWs = await workspace('Nơi khác');
  const created = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: {
      name: 'Linh Làm Đẹp',
      niches: ['Làm đẹp', 'Du lịch'],
      accounts: [
        {
          platform: 'tiktok',
          handle: 'linh.lamdep',
          followers: 50_000,
          audience: {
            ageBands: { '13-17': 0.1, '18-24': 0.4, '25-34': 0.3, '35-44': 0.1, '45+': 0.1 },
            gender: { female: 0.7, male: 0.3 },
            topLocations: [
              { name: 'TP.HCM', share: 0.3 },
              { name: 'Hà Nội', share: 0.2 },
              { name: 'Đà Nẵng', share: 0.1 },
            ],
            interests: ['Mỹ phẩm', 'Thời trang'],
          },
        },
        {
          platform: 'instagram',
          handle: 'linh.ig',
          followers: 10_000,
          audience: { gender: { male: 1 } },
        },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  creatorId = created.json().id;
  campaignId = await campaign(ws, 'Ra mắt son mới');
  otherCampaignId = await campaign(otherWs, 'Chiến dịch khác');
}, 60_000);
afterAll(() => t.close());

/*
 * By hand, against the larger account (TikTok): ages 18–29 = 0.4 + 0.3 × 5/10 = 0.55 → 0.55/0.6; women 0.7 → 0.7/0.8;
 * Sài Gòn = TP.HCM 0.3 → 0.3/0.5; interests 1 of 2; niche "lam dep" = "Làm đẹp" → 1.
 */
const expectedPoints = {
  age: 25 * (0.55 / 0.6),
  gender: 20 * (0.7 / 0.8),
  location: 20 * (0.3 / 0.5),
  interests: 15 * 0.5,
  niche: 20,
};
const expectedScore = Object.values(expectedPoints).reduce((sum, points) => sum + points, 0);

function expectHandComputed(fit: Fit) {
  expect(fit.score).toBeCloseTo(expectedScore, 6);
  expect(fit.coverage).toBe(1);
  expect(fit.audienceSource).toBe('tiktok @linh.lamdep');
  for (const [id, points] of Object.entries(expectedPoints)) {
    const reason = fit.reasons.find((r) => r.id === id);
    expect(reason?.contribution, id).toBeCloseTo(points, 6);
    expect(reason?.evidence.vi.length, id).toBeGreaterThan(0);
  }
}

describe('campaign fit target and creator fit', () => {
  it('starts without a target, saves one (audited) and scores a creator against it as computed by hand', async () => {
    const empty = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/fit-target`,
      as: owner,
    });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json().target).toBeNull();

    const missing = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?campaignId=${campaignId}`,
      as: owner,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('querystring.campaignId');

    const saved = await t.request({
      method: 'PUT',
      url: `${ws}/campaigns/${campaignId}/fit-target`,
      as: owner,
      payload: TARGET,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/fit-target`,
      as: owner,
    });
    expect(read.json().target).toEqual(TARGET);
    expect(read.json().updatedBy).toBe('Chủ Phù hợp');

    const audit = await t.request({ method: 'GET', url: `${ws}/audit-log`, as: owner });
    expect(audit.body).toContain('campaign.fit_target.update');

    const byCampaign = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?campaignId=${campaignId}`,
      as: owner,
    });
    expect(byCampaign.statusCode, byCampaign.body).toBe(200);
    expectHandComputed(byCampaign.json());

    const adHoc = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?ageMin=18&ageMax=29&genders=female&locations=${encodeURIComponent('Sài Gòn')}&interests=${encodeURIComponent('my pham,Ẩm thực')}&niches=lam%20dep`,
      as: owner,
    });
    expect(adHoc.statusCode, adHoc.body).toBe(200);
    expectHandComputed(adHoc.json());
  });

  it("treats another workspace's campaign as not found", async () => {
    const get = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${otherCampaignId}/fit-target`,
      as: owner,
    });
    expect(get.statusCode).toBe(404);
    const put = await t.request({
      method: 'PUT',
      url: `${ws}/campaigns/${otherCampaignId}/fit-target`,
      as: owner,
      payload: TARGET,
    });
    expect(put.statusCode).toBe(404);
    const fit = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?campaignId=${otherCampaignId}`,
      as: owner,
    });
    expect(fit.statusCode).toBe(404);
  });

  it('rejects a bad target with the path of the bad field', async () => {
    const reversed = await t.request({
      method: 'PUT',
      url: `${ws}/campaigns/${campaignId}/fit-target`,
      as: owner,
      payload: { ageRange: { min: 30, max: 20 } },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.map((d: { path: string }) => d.path)).toContain('body.ageRange.max');
    const badGender = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?genders=femme`,
      as: owner,
    });
    expect(badGender.statusCode).toBe(400);
    expect(JSON.stringify(badGender.json().error.details)).toContain('querystring.genders.0');
  });
});
