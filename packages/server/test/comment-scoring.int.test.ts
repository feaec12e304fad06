import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

interface CommentView {
  id: string;
  author: string | null;
  text: string;
  lang: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
  tags: { tag: string; kind: string; evidence: string; start: number; end: number }[] | null;
  spam: boolean | null;
  modelId: string | null;
  scoredByCurrentModel: boolean | null;
}

let t: TestApp;
let owner: Session;
let ws: string;
let workspaceId: string;
let campaignId: string;
const postIds: string[] = [];

const VIDEOS = [
  'https://www.tiktok.com/@lananh.review/video/7301234567890123451',
  'https://www.tiktok.com/@lananh.review/video/7301234567890123452',
];
const RING = 'Sản phẩm tuyệt vời quá, mọi người nên mua ngay nhé!';

async function push(postId: string, comments: object[]) {
  const response = await t.request({
    method: 'POST',
    url: `${ws}/posts/${postId}/comments`,
    as: owner,
    payload: { comments },
  });
  expect(response.statusCode, response.body).toBe(202);
  return response.json() as { received: number; inserted: number; duplicates: number; jobId: string | null };
}

async function commentsOf(postId: string): Promise<CommentView[]> {
  const response = await t.request({
    method: 'GET',
    url: `${ws}/comments?postId=${postId}&limit=100`,
    as: owner,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as CommentView[];
}

async function sentimentOf(postId: string) {
  const response = await t.request({ method: 'GET', url: `${ws}/posts/${postId}/sentiment`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Chấm Điểm', 'owner-comment-scoring@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Chấm bình luận' },
  });
  workspaceId = workspace.json().id;
  ws = `/api/v1/workspaces/${workspaceId}`;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Son mùa hè', brand: 'Hồng Sen' },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  campaignId = campaign.json().id;
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name: 'Lan Anh', accounts: [{ platform: 'tiktok', handle: 'lananh.review' }] },
  });
  expect(creator.statusCode, creator.body).toBe(201);
  for (const url of VIDEOS) {
    const post = await t.request({
      method: 'POST',
      url: `${ws}/posts`,
      as: owner,
      payload: { url, campaignId },
    });
    expect(post.statusCode, post.body).toBe(201);
    postIds.push(post.json().post.id);
  }
});
afterAll(() => t.close());

describe('seeding rings across scoring batches', () => {
  it('flags a ring whose members arrive in two pushes and an import, earlier members included', async () => {
    const [first, second] = postIds as [string, string];
    await push(first, [
      { author: 'seed.a', text: RING, at: '2030-05-01T10:00:00Z' },
      { author: 'that.fan', text: 'son lên màu đẹp lắm, mình rất thích', at: '2030-05-01T10:01:00Z' },
    ]);
    // Two authors so far: not a ring yet, so the first comment counts as an ordinary positive one.
    const before = await commentsOf(first);
    expect(before.find((c) => c.author === 'seed.a')?.spam).toBe(false);
    expect((await sentimentOf(first)).summary).toMatchObject({ positive: 2, excludedSpam: 0 });

    // Another post of the same campaign, a day later, written without accents: the same ring.
    await push(second, [
      {
        author: 'seed.b',
        text: 'san pham tuyet voi qua moi nguoi nen mua ngay nhe',
        at: '2030-05-02T09:00:00Z',
      },
    ]);
    expect((await commentsOf(first)).find((c) => c.author === 'seed.a')?.spam).toBe(false);

    const csv = `Tác giả,Nội dung,Thời gian\nseed.c,"${RING} 😍",03/05/2030 08:00\n`;
    const imported = await t.request({
      method: 'POST',
      url: `${ws}/posts/${second}/comments/import`,
      as: owner,
      payload: { fileName: 'seed.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(imported.json()).toMatchObject({ inserted: 1, duplicates: 0 });

    const all = [...(await commentsOf(first)), ...(await commentsOf(second))];
    const ring = all.filter((c) => c.author?.startsWith('seed.'));
    expect(ring.map((c) => c.author).sort()).toEqual(['seed.a', 'seed.b', 'seed.c']);
    for (const member of ring) {
      expect(member.spam, member.author ?? '').toBe(true);
      const tag = member.tags?.find((x) => x.kind === 'seeding_ring');
      expect(tag).toMatchObject({ tag: 'spam', start: 0 });
      expect(tag?.evidence).toBe(member.text.normalize('NFC'));
    }
    expect(all.find((c) => c.author === 'that.fan')?.spam).toBe(false);
    // The earlier member is now excluded from its post's sentiment; only the fan's comment counts.
    expect((await sentimentOf(first)).summary).toMatchObject({ positive: 1, total: 1, excludedSpam: 1 });
  });

  it('does not join the same text pushed months apart into one ring', async () => {
    const [first] = postIds as [string];
    const slogan = 'Hồng Sen chân ái của mình luôn luôn nhé';
    await push(first, [
      { author: 'x.1', text: slogan, at: '2030-01-01T10:00:00Z' },
      { author: 'x.2', text: slogan, at: '2030-01-02T10:00:00Z' },
    ]);
    await push(first, [{ author: 'x.3', text: slogan, at: '2030-04-01T10:00:00Z' }]);
    const slogans = (await commentsOf(first)).filter((c) => c.author?.startsWith('x.'));
    expect(slogans.map((c) => c.spam)).toEqual([false, false, false]);
  });
});

describe('duplicate pushes at the same time', () => {
  it('stores each external id once and reports the other copies as duplicates', async () => {
    const [, second] = postIds as [string, string];
    const batch = Array.from({ length: 30 }, (_, i) => ({
      externalId: `race-${i}`,
      author: `race.${i}`,
      text: `bình luận số ${i} nha shop`,
      at: '2030-06-01T10:00:00Z',
    }));
    const results = await Promise.all([push(second, batch), push(second, batch), push(second, batch)]);
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(30);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(60);
    const stored = await t.services.db.execute<{ count: number; distinct: number }>(sql`
      select count(*)::int as count, count(distinct external_id)::int as distinct
      from comments where post_id = ${second} and external_id like 'race-%'`);
    expect(stored.rows[0]).toEqual({ count: 30, distinct: 30 });
  });

  // Needs a second connection to hold a transaction open, so PostgreSQL only (PGlite has one connection).
  it.runIf(process.env.TEST_DATABASE_URL)(
    'reports a comment another transaction stores first, mid-push, as a duplicate',
    async () => {
      const [, second] = postIds as [string, string];
      const comment = {
        externalId: 'late-1',
        author: 'late',
        text: 'còn màu đỏ không shop',
        at: '2030-06-02T10:00:00Z',
      };
      let pushing: ReturnType<typeof push> | undefined;
      await t.services.db.transaction(async (tx) => {
        await tx.execute(sql`
          insert into comments (workspace_id, post_id, external_id, author, text)
          values (${workspaceId}, ${second}, 'late-1', 'late', 'còn màu đỏ không shop')`);
        // The push does not see the uncommitted row, so its insert waits on the unique index until we commit.
        pushing = push(second, [comment]);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      expect(await pushing).toMatchObject({ received: 1, inserted: 0, duplicates: 1, jobId: null });
    },
  );

  it('refuses a second row with the same post and external id at the database', async () => {
    const [, second] = postIds as [string, string];
    // On a connection of its own, dropped afterwards: the embedded database sometimes resets the connection a
    // failed statement ran on, and the next request must not inherit it.
    const client = await t.services.database.pool.connect();
    const failure = await client
      .query(
        `insert into comments (workspace_id, post_id, external_id, text) values ($1, $2, 'race-0', 'bản sao')`,
        [workspaceId, second],
      )
      .then(
        () => null,
        (error: unknown) => error,
      )
      .finally(() => client.release(true));
    expect(String(failure)).toMatch(/comments_post_external_id_key/);
  });
});

describe('comments in other languages', () => {
  it('counts them apart and leaves them out of sentiment_score', async () => {
    const [first] = postIds as [string];
    const before = (await sentimentOf(first)).summary;
    await push(first, [
      { author: 'thai', text: 'สินค้าดีมากค่ะ ส่งเร็ว ชอบมาก', at: '2030-05-04T10:00:00Z' },
      { author: 'japan', text: 'これは本当に素晴らしい商品です', at: '2030-05-04T10:05:00Z' },
    ]);
    const langs = (await commentsOf(first)).filter((c) => c.author === 'thai' || c.author === 'japan');
    expect(langs.map((c) => c.lang)).toEqual(['other', 'other']);
    const after = (await sentimentOf(first)).summary;
    expect(after.otherLanguage).toBe(before.otherLanguage + 2);
    expect([after.positive, after.neutral, after.negative, after.total]).toEqual([
      before.positive,
      before.neutral,
      before.negative,
      before.total,
    ]);
    expect(after.sentimentScore).toEqual(before.sentimentScore);
  });
});

describe('re-scoring when the sentiment model changes', () => {
  it('shows comments another model scored and re-scores them with the configured model', async () => {
    const [first] = postIds as [string];
    const current = (await commentsOf(first))[0]?.modelId ?? '';
    expect(current).toMatch(/^sha256:[0-9a-f]{16}$/);
    const nothingToDo = await t.request({ method: 'POST', url: `${ws}/comments/rescore`, as: owner });
    expect(nothingToDo.statusCode, nothingToDo.body).toBe(202);
    expect(nothingToDo.json()).toEqual({ modelId: current, pending: 0, jobId: null });

    // As if a model trained earlier had scored the fan's comment, and scored it wrongly.
    await t.services.db.execute(sql`
      update comments set model_id = 'sha256:0000000000000000', sentiment = 'negative'
      where post_id = ${first} and author = 'that.fan'`);
    const stale = (await commentsOf(first)).find((c) => c.author === 'that.fan');
    expect(stale).toMatchObject({ modelId: 'sha256:0000000000000000', scoredByCurrentModel: false });
    expect((await sentimentOf(first)).otherModel).toBe(1);

    const rescore = await t.request({ method: 'POST', url: `${ws}/comments/rescore`, as: owner });
    expect(rescore.json()).toMatchObject({ modelId: current, pending: 1, jobId: expect.any(String) });
    const job = await t.request({ method: 'GET', url: `${ws}/jobs/${rescore.json().jobId}`, as: owner });
    expect(job.json()).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(job.json().result).toMatchObject({ scored: 1, modelId: current });

    const fresh = (await commentsOf(first)).find((c) => c.author === 'that.fan');
    expect(fresh).toMatchObject({ modelId: current, scoredByCurrentModel: true, sentiment: 'positive' });
    expect((await sentimentOf(first)).otherModel).toBe(0);
    const audited = await t.services.db.execute<{ count: number }>(sql`
      select count(*)::int as count from audit_log where action = 'comment.rescore' and workspace_id = ${workspaceId}`);
    expect(audited.rows[0]?.count).toBe(2);
  });
});
