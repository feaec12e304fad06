import { campaigns, deliverables, posts } from '@lantoa/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const DAY = 86_400_000;
let t: TestApp;
let owner: Session;
let ws: string;
let workspaceId: string;
let creatorId: string;
let accountId: string;

interface Vetting {
  dossier: {
    summary: { riskLevel: string; reliabilityScore: number | null };
    risk: {
      level: string;
      rules: { id: string; level: string }[];
      flags: { competitor?: string; source: { url?: string } }[];
    };
    reliability: { counts: Record<string, number>; due: number } | null;
  };
}

const vetting = async (): Promise<Vetting> => {
  const response = await t.request({ method: 'GET', url: `${ws}/creators/${creatorId}/vetting`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Rủi ro', 'owner-risk@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Rủi ro' },
  });
  workspaceId = workspace.json().id;
  ws = `/api/v1/workspaces/${workspaceId}`;
  const created = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: {
      name: 'Hà Review',
      accounts: [{ platform: 'tiktok', handle: 'ha.review', followers: 30_000 }],
    },
  });
  creatorId = created.json().id;
  accountId = created.json().accounts[0].id;
  const now = Date.now();
  await t.services.db.insert(posts).values([
    {
      workspaceId,
      creatorId,
      accountId,
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@ha.review/video/1',
      caption: 'Uống thử sữa hạt MOC LAM mỗi sáng #quangcao',
      publishedAt: new Date(now - 30 * DAY),
    },
    {
      workspaceId,
      creatorId,
      accountId,
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@ha.review/video/2',
      caption: 'Sữa Mộc Lam hồi năm ngoái #quangcao',
      publishedAt: new Date(now - 300 * DAY),
    },
  ]);
}, 60_000);
afterAll(() => t.close());

describe('risk inputs', () => {
  it('flags a competitor collaboration inside the window from the workspace competitor list, accent-insensitively, with the post link', async () => {
    expect((await vetting()).dossier.risk.rules.map((rule) => rule.id)).not.toContain(
      'competitor_collaboration',
    );
    const saved = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: {
        settings: {
          competitorBrands: [{ name: 'Mộc Lam', aliases: ['MocLam'] }],
          collaborationWindowMonths: 6,
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().settings.competitorBrands).toEqual([{ name: 'Mộc Lam', aliases: ['MocLam'] }]);
    const { dossier } = await vetting();
    expect(dossier.risk.rules).toContainEqual(
      expect.objectContaining({ id: 'competitor_collaboration', level: 'high' }),
    );
    const urls = dossier.risk.flags.filter((flag) => flag.competitor).map((flag) => flag.source.url);
    expect(urls).toContain('https://www.tiktok.com/@ha.review/video/1');
  });

  it('takes the window from Settings: 12 months reaches the older collaboration too', async () => {
    await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: { settings: { collaborationWindowMonths: 12 } },
    });
    const { dossier } = await vetting();
    const rule = dossier.risk.rules.find((candidate) => candidate.id === 'competitor_collaboration') as
      | { evidenceCount?: number }
      | undefined;
    expect(rule?.evidenceCount).toBe(2);
  });

  it('records background-check notes with author and date; a note can raise the risk to critical', async () => {
    const info = await t.request({
      method: 'POST',
      url: `${ws}/creators/${creatorId}/background-checks`,
      as: owner,
      payload: { note: 'Đã gọi quản lý, hợp đồng cũ kết thúc 2025' },
    });
    expect(info.statusCode, info.body).toBe(201);
    expect((await vetting()).dossier.risk.level).toBe('high');
    const raise = await t.request({
      method: 'POST',
      url: `${ws}/creators/${creatorId}/background-checks`,
      as: owner,
      payload: { note: 'Đang bị điều tra vì quảng cáo sai sự thật', raisesRiskTo: 'critical' },
    });
    expect(raise.statusCode, raise.body).toBe(201);
    const { dossier } = await vetting();
    expect(dossier.risk.level).toBe('critical');
    expect(dossier.risk.rules).toContainEqual(
      expect.objectContaining({ id: 'background_note', level: 'critical' }),
    );
    const list = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/background-checks`,
      as: owner,
    });
    expect(
      list
        .json()
        .items.map((item: { authorName: string; raisesRiskTo: string | null }) => [
          item.authorName,
          item.raisesRiskTo,
        ]),
    ).toEqual([
      ['Chủ Rủi ro', null],
      ['Chủ Rủi ro', 'critical'],
    ]);
  });
});

describe('reliability from deliverables', () => {
  it('counts on-time, late and missed deliverables of every campaign', async () => {
    expect((await vetting()).dossier.reliability).toBeNull();
    const now = Date.now();
    const [campaign] = await t.services.db
      .insert(campaigns)
      .values({ workspaceId, name: 'Tết' })
      .returning({ id: campaigns.id });
    const base = {
      workspaceId,
      campaignId: campaign?.id ?? '',
      creatorId,
      type: 'video' as const,
      platform: 'tiktok' as const,
    };
    await t.services.db.insert(deliverables).values([
      {
        ...base,
        title: 'A',
        dueAt: new Date(now - 20 * DAY),
        publishedAt: new Date(now - 21 * DAY),
        lateness: 'on_time',
      },
      {
        ...base,
        title: 'B',
        dueAt: new Date(now - 10 * DAY),
        publishedAt: new Date(now - 7 * DAY),
        lateness: 'late',
      },
      { ...base, title: 'C', dueAt: new Date(now - 5 * DAY), lateness: 'missed' },
    ]);
    const { dossier } = await vetting();
    expect(dossier.reliability?.counts).toMatchObject({ on_time: 1, late: 1, missed: 1 });
    expect(dossier.reliability?.due).toBe(3);
    // Credits: on time 1, 3 days late 0.8 − 0.3 = 0.5, missed 0 → (1.5 + 1.6) / (3 + 2) = 62 %.
    expect(dossier.summary.reliabilityScore).toBeCloseTo(62, 6);
  });
});
