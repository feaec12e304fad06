import { comments, creatorAccounts, deliverables, followerSnapshots } from '@lantoa/db/schema';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliverable, createDeliverableWorld, type DeliverableWorld, ok } from './deliverables-fixture';
import { createTestApp, type TestApp } from './helpers/test-app';

interface ListedPost {
  id: string;
  creatorId: string;
  platform: string;
  followers: number | null;
  engagements: number | null;
  missingEngagementParts: string[];
  er: number | null;
  erViews: number | null;
  latest: { at: string; views: number | null; likes: number | null } | null;
  deliverable: { id: string; title: string; status: string } | null;
  commentStats: {
    total: number;
    positive: number;
    neutral: number;
    negative: number;
    sentimentScore: number | null;
  };
}
interface Page {
  items: ListedPost[];
  nextCursor: string | null;
}

let t: TestApp;
let w: DeliverableWorld;
const ids: Record<'dry' | 'scent' | 'bare' | 'tie' | 'tube', string> = {
  dry: '',
  scent: '',
  bare: '',
  tie: '',
  tube: '',
};

async function addPost(url: string, extra: Record<string, unknown>) {
  const body = await ok<{ post: { id: string } }>(
    t.request({
      method: 'POST',
      url: `${w.ws}/posts`,
      as: w.owner,
      payload: { url, campaignId: w.campaignId, ...extra },
    }),
    201,
  );
  return body.post.id;
}

async function pushSnapshots(postId: string, snapshots: Record<string, unknown>[]) {
  await ok(
    t.request({
      method: 'POST',
      url: `${w.ws}/posts/${postId}/snapshots`,
      as: w.owner,
      payload: { snapshots },
    }),
  );
}

const list = (query: string) =>
  t.request({ method: 'GET', url: `${w.ws}/campaigns/${w.campaignId}/posts?${query}`, as: w.owner });

async function allPages(query: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const body: Page = await ok<Page>(list(`${query}${suffix}`));
    seen.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error('more pages than posts');
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'plist');
  const db = t.services.db;
  const [linhTiktok] = await db
    .select({ id: creatorAccounts.id })
    .from(creatorAccounts)
    .where(eq(creatorAccounts.creatorId, w.linh));
  await db.insert(followerSnapshots).values([
    {
      workspaceId: w.workspaceId,
      accountId: linhTiktok?.id ?? '',
      at: new Date('2026-11-29T10:00:00+07:00'),
      followers: 8_000,
    },
    {
      workspaceId: w.workspaceId,
      accountId: linhTiktok?.id ?? '',
      at: new Date('2026-12-01T20:00:00+07:00'),
      followers: 10_000,
    },
  ]);
  const [linhYoutube] = await db
    .insert(creatorAccounts)
    .values({ workspaceId: w.workspaceId, creatorId: w.linh, platform: 'youtube', handle: 'linhbeauty' })
    .returning({ id: creatorAccounts.id });
  ids.dry = await addPost('https://www.tiktok.com/@linh.plist/video/7300000000000000001', {
    publishedAt: '2026-12-01T10:00:00+07:00',
    caption: 'Serum dưỡng ẩm cho da khô',
  });
  ids.scent = await addPost('https://www.tiktok.com/@linh.plist/video/7300000000000000002', {
    publishedAt: '2026-12-02T10:00:00+07:00',
    caption: 'Trải nghiệm HƯƠNG thơm mới',
  });
  ids.bare = await addPost('https://www.tiktok.com/@minh.plist/video/7300000000000000003', {
    publishedAt: '2026-12-03T10:00:00+07:00',
  });
  ids.tie = await addPost('https://www.tiktok.com/@minh.plist/video/7300000000000000004', {
    publishedAt: '2026-12-04T10:00:00+07:00',
  });
  ids.tube = await addPost('https://www.youtube.com/watch?v=dQw4w9WgXcQ', {
    accountId: linhYoutube?.id,
    publishedAt: '2026-12-05T10:00:00+07:00',
  });
  await pushSnapshots(ids.dry, [
    { at: '2026-12-03T10:00:00+07:00', views: 5_000, likes: 100, comments: 20, shares: 5 },
    { at: '2026-12-02T10:00:00+07:00', views: 1_000, likes: 30 },
  ]);
  await pushSnapshots(ids.scent, [
    { at: '2026-12-03T10:00:00+07:00', views: 2_000, likes: 300, comments: 0, shares: 0, saves: 0 },
  ]);
  await pushSnapshots(ids.tie, [{ at: '2026-12-05T10:00:00+07:00', views: 5_000, likes: 10 }]);
});
afterAll(() => t.close());

describe('the campaign posts list', () => {
  it('gives each post its engagements and ER by the followers nearest its publish time, missing stays missing', async () => {
    const { items } = await ok<Page>(list(''));
    const byId = new Map(items.map((item) => [item.id, item]));
    // followers 10,000 (12-01 20:00 is 10 h from publish, 11-29 is 2 days); 100 + 20 + 5 = 125 engagements
    expect(byId.get(ids.dry)).toMatchObject({
      followers: 10_000,
      engagements: 125,
      missingEngagementParts: ['saves'],
      er: 1.25,
      erViews: 2.5,
      latest: { at: '2026-12-03T03:00:00.000Z', views: 5_000, likes: 100 },
    });
    expect(byId.get(ids.scent)).toMatchObject({ followers: 10_000, engagements: 300, er: 3, erViews: 15 });
    expect(byId.get(ids.tie)).toMatchObject({ followers: null, engagements: 10, er: null, erViews: 0.2 });
    expect(byId.get(ids.bare)).toMatchObject({ latest: null, engagements: null, er: null, erViews: null });
    expect(items.map((item) => item.id)).toEqual([ids.tube, ids.tie, ids.bare, ids.scent, ids.dry]);
  });

  it('pages through a sort with ties broken by id and missing values last, without repeating a post', async () => {
    const [firstTie, secondTie] = [ids.dry, ids.tie].sort();
    const [firstNull, secondNull] = [ids.bare, ids.tube].sort();
    expect(await allPages('sort=views&dir=desc&limit=2')).toEqual([
      firstTie,
      secondTie,
      ids.scent,
      firstNull,
      secondNull,
    ]);
    expect(await allPages('sort=views&dir=asc&limit=3')).toEqual([
      ids.scent,
      firstTie,
      secondTie,
      firstNull,
      secondNull,
    ]);
    const nullErs = [ids.bare, ids.tie, ids.tube].sort();
    expect(await allPages('sort=er&dir=desc&limit=1')).toEqual([ids.scent, ids.dry, ...nullErs]);
  });

  it('filters by creator, platform and accent-insensitive text', async () => {
    const idsOf = async (query: string) => (await ok<Page>(list(query))).items.map((item) => item.id).sort();
    expect(await idsOf(`creatorId=${w.minh}`)).toEqual([ids.bare, ids.tie].sort());
    expect(await idsOf('platform=youtube')).toEqual([ids.tube]);
    expect(await idsOf('q=huong')).toEqual([ids.scent]);
    expect(await idsOf(`q=${encodeURIComponent('dưỡng da')}`)).toEqual([ids.dry]);
    expect(await idsOf('q=MINH')).toEqual([ids.bare, ids.tie].sort());
    expect(await idsOf('q=100%25')).toEqual([]);
    const firstPage = await ok<Page & { total: number | null }>(list(`creatorId=${w.minh}&limit=1`));
    expect(firstPage.total).toBe(2);
    const nextPage = await ok<Page & { total: number | null }>(
      list(`creatorId=${w.minh}&limit=1&cursor=${firstPage.nextCursor}`),
    );
    expect(nextPage).toMatchObject({ total: null, nextCursor: null });
  });

  it('names the deliverable a post fulfils and counts its comments with the sentiment score', async () => {
    const deliverable = await createDeliverable(t, w, w.linh, { title: 'Video serum da khô' });
    await t.services.db
      .update(deliverables)
      .set({ postId: ids.dry })
      .where(eq(deliverables.id, deliverable.id));
    await ok(
      t.request({
        method: 'POST',
        url: `${w.ws}/posts/${ids.dry}/comments`,
        as: w.owner,
        payload: { comments: ['một', 'hai', 'ba', 'bốn'].map((text, i) => ({ externalId: `c${i}`, text })) },
      }),
      202,
    );
    const stored = await t.services.db
      .select({ id: comments.id, externalId: comments.externalId })
      .from(comments)
      .where(eq(comments.postId, ids.dry));
    const idOf = (externalId: string) => stored.find((row) => row.externalId === externalId)?.id ?? '';
    const db = t.services.db;
    await db
      .update(comments)
      .set({ sentiment: 'positive', spam: false })
      .where(inArray(comments.id, [idOf('c0'), idOf('c1')]));
    await db
      .update(comments)
      .set({ sentiment: 'negative', spam: false })
      .where(eq(comments.id, idOf('c2')));
    await db
      .update(comments)
      .set({ sentiment: 'positive', spam: true })
      .where(eq(comments.id, idOf('c3')));
    const { items } = await ok<Page>(list(`creatorId=${w.linh}&platform=tiktok`));
    const dry = items.find((item) => item.id === ids.dry);
    expect(dry?.deliverable).toMatchObject({ id: deliverable.id, title: 'Video serum da khô' });
    // spam left out: (2 − 1) / (2 + 0 + 1) × 100
    expect(dry?.commentStats).toMatchObject({ total: 4, positive: 2, neutral: 0, negative: 1 });
    expect(dry?.commentStats.sentimentScore).toBeCloseTo(100 / 3, 10);
    expect(items.find((item) => item.id === ids.scent)?.commentStats).toMatchObject({
      total: 0,
      sentimentScore: null,
    });
  });

  it('refuses a cursor it did not make, or one made for another sort', async () => {
    const bad = await list('cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.cursor');
    const first = await ok<Page>(list('sort=views&limit=1'));
    const other = await list(`sort=er&limit=1&cursor=${first.nextCursor}`);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details[0].message).toContain('sort=views');
  });
});

describe('one post and adding posts', () => {
  it('gives a post with its snapshot history oldest first', async () => {
    const body = await ok<{
      post: ListedPost;
      snapshots: { at: string; views: number | null; saves: number | null }[];
    }>(t.request({ method: 'GET', url: `${w.ws}/posts/${ids.dry}`, as: w.owner }));
    expect(body.post).toMatchObject({ id: ids.dry, er: 1.25 });
    expect(body.snapshots).toEqual([
      expect.objectContaining({ at: '2026-12-02T03:00:00.000Z', views: 1_000, saves: null }),
      expect.objectContaining({ at: '2026-12-03T03:00:00.000Z', views: 5_000, saves: null }),
    ]);
  });

  it('refuses a post by a creator outside the campaign and stores nothing', async () => {
    await ok(
      t.request({
        method: 'POST',
        url: `${w.ws}/creators`,
        as: w.owner,
        payload: { name: 'Tú Ngoài', accounts: [{ platform: 'tiktok', handle: 'tu.ngoai' }] },
      }),
      201,
    );
    const refused = await t.request({
      method: 'POST',
      url: `${w.ws}/posts`,
      as: w.owner,
      payload: {
        url: 'https://www.tiktok.com/@tu.ngoai/video/7300000000000000099',
        campaignId: w.campaignId,
      },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ path: 'body.creatorId' });
    expect(refused.json().error.details[0].message).toContain('Tú Ngoài');
    expect((await ok<Page>(list(''))).items).toHaveLength(5);
  });

  it('gives a post published exactly between two follower counts the earlier one', async () => {
    // 11-29 10:00 and 12-01 20:00 (+07) are 58 h apart: 11-30 15:00 is the midpoint
    const id = await addPost('https://www.tiktok.com/@linh.plist/video/7300000000000000005', {
      publishedAt: '2026-11-30T15:00:00+07:00',
    });
    await pushSnapshots(id, [{ at: '2026-12-01T10:00:00+07:00', likes: 80 }]);
    const listed = (await ok<Page>(list('sort=er&dir=asc'))).items.find((item) => item.id === id);
    expect(listed).toMatchObject({ followers: 8_000, er: 1 });
    const later = await addPost('https://www.tiktok.com/@linh.plist/video/7300000000000000006', {
      publishedAt: '2026-11-30T15:00:01+07:00',
    });
    const after = (await ok<Page>(list(''))).items.find((item) => item.id === later);
    expect(after?.followers).toBe(10_000);
  });
});
