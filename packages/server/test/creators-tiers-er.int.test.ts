import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;

interface Item {
  id: string;
  name: string;
  followers: number | null;
  tier: string | null;
  engagementRate: number | null;
}

const allCreators = async (): Promise<Item[]> => {
  const response = await t.request({
    method: 'GET',
    url: `${ws}/creators?limit=200&sort=name&order=asc`,
    as: owner,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Hạng', 'owner-tiers@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Hạng' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  await t.request({ method: 'POST', url: `${ws}/demo`, as: owner });
}, 120_000);
afterAll(() => t.close());

describe('one ER for the list and the profile', () => {
  it('gives every demo creator the same ER in the search row and in the vetting band card', async () => {
    const items = await allCreators();
    const withEr = items.filter((item) => item.engagementRate !== null);
    expect(withEr.length).toBeGreaterThan(40);
    for (const item of withEr.slice(0, 25)) {
      const vetting = await t.request({ method: 'GET', url: `${ws}/creators/${item.id}/vetting`, as: owner });
      expect(vetting.json().er.value, item.name).toBeCloseTo(item.engagementRate ?? Number.NaN, 9);
    }
  });
});

describe('workspace tier thresholds', () => {
  it('re-tiers every creator with the thresholds from Settings: saving them starts the refresh job', async () => {
    const thresholds = { nano: 2_000, micro: 30_000, macro: 200_000, mega: 2_000_000 };
    const saved = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: { settings: { tierThresholds: thresholds } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const jobId = saved.json().statsRefreshJobId;
    expect(jobId).toEqual(expect.any(String));
    const job = await t.request({ method: 'GET', url: `${ws}/jobs/${jobId}`, as: owner });
    expect(job.json()).toMatchObject({ type: 'creators.refresh_stats', status: 'succeeded', progress: 100 });
    const items = (await allCreators()).filter((item) => item.followers !== null);
    expect(items.length).toBeGreaterThan(40);
    const expected = (followers: number) =>
      followers >= thresholds.mega
        ? 'mega'
        : followers >= thresholds.macro
          ? 'macro'
          : followers >= thresholds.micro
            ? 'micro'
            : followers >= thresholds.nano
              ? 'nano'
              : 'koc';
    for (const item of items) expect(item.tier, item.name).toBe(expected(item.followers ?? 0));
  });

  it('starts no refresh when the thresholds are saved unchanged or other settings change', async () => {
    const same = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: {
        settings: { tierThresholds: { nano: 2_000, micro: 30_000, macro: 200_000, mega: 2_000_000 } },
      },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().statsRefreshJobId).toBeNull();
    const renamed = await t.request({ method: 'PATCH', url: ws, as: owner, payload: { name: 'Hạng mới' } });
    expect(renamed.json().statsRefreshJobId).toBeNull();
  });

  it('still refreshes on demand through the refresh route', async () => {
    const refresh = await t.request({ method: 'POST', url: `${ws}/creators/stats/refresh`, as: owner });
    expect(refresh.statusCode, refresh.body).toBe(202);
    const job = await t.request({ method: 'GET', url: `${ws}/jobs/${refresh.json().jobId}`, as: owner });
    expect(job.json()).toMatchObject({ status: 'succeeded', progress: 100 });
  });

  it('uses the thresholds for a creator saved afterwards', async () => {
    const created = await t.request({
      method: 'POST',
      url: `${ws}/creators`,
      as: owner,
      payload: { name: 'Mới', accounts: [{ platform: 'tiktok', handle: 'moi.vn', followers: 25_000 }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    // 25,000 is micro by default (10k–50k) but nano with micro starting at 30,000.
    expect(created.json().tier).toBe('nano');
    const id = created.json().id;
    const profile = await t.request({ method: 'GET', url: `${ws}/creators/${id}`, as: owner });
    expect(profile.json().accounts.map((a: { tier: string }) => a.tier)).toEqual(['nano']);
    const listed = (await allCreators()).find((item) => item.id === id) as Item & {
      accounts: { tier: string }[];
    };
    expect(listed.accounts.map((a) => a.tier)).toEqual(['nano']);
    const vetting = await t.request({ method: 'GET', url: `${ws}/creators/${id}/vetting`, as: owner });
    expect(vetting.json().dossier.creator.tier).toBe('nano');
  });
});

describe('peers for the like/comment ratio', () => {
  it("compares a creator with peers inside the workspace's tier range, not the default one", async () => {
    type Signal = { id: string; status: string; explanation: { en: string } };
    const likeComment = async (id: string): Promise<Signal | undefined> => {
      const vetting = await t.request({ method: 'GET', url: `${ws}/creators/${id}/vetting`, as: owner });
      const signals: Signal[] = vetting.json().dossier.quality?.signals ?? [];
      return signals.find((signal) => signal.id === 'like_comment_ratio');
    };
    let chosen: Item | null = null;
    for (const item of await allCreators()) {
      if (item.followers === null || item.followers < 5_000 || item.followers > 400_000) continue;
      if ((await likeComment(item.id))?.status !== 'not_available') {
        chosen = item;
        break;
      }
    }
    if (!chosen?.followers) throw new Error('no demo creator compared with peers');
    // A tier range one follower wide around the creator: no other account falls in it.
    const followers = chosen.followers;
    const saved = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: {
        settings: {
          tierThresholds: { nano: 1_000, micro: followers - 1, macro: followers + 1, mega: 10_000_000 },
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const signal = await likeComment(chosen.id);
    expect(signal?.status).toBe('not_available');
    expect(signal?.explanation.en).toContain('(have 0)');
  });
});
