import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

interface CommentView {
  id: string;
  postId: string;
  campaignId: string | null;
  creatorId: string;
  author: string | null;
  text: string;
  at: string | null;
  lang: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
  sentimentScore: number | null;
  tags: { tag: string; kind: string; evidence: string; start: number; end: number }[] | null;
  spam: boolean | null;
  scoredAt: string | null;
}
interface Page {
  items: CommentView[];
  nextCursor: string | null;
}

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;

async function page(query: string): Promise<Page> {
  const response = await t.request({ method: 'GET', url: `${ws}/comments?${query}`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Bình luận', 'owner-comments@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Bình luận' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  await t.request({ method: 'POST', url: `${ws}/demo`, as: owner });
  const recent = await t.request({ method: 'GET', url: `${ws}/comments?limit=200`, as: owner });
  const withCampaign = (recent.json().items as CommentView[]).find((c) => c.campaignId !== null);
  campaignId = withCampaign?.campaignId ?? '';
}, 120_000);
afterAll(() => t.close());

describe('comment scoring of the demo workspace', () => {
  it('scores every demo comment once the demo job ends', async () => {
    const first = await page('limit=200');
    expect(first.items.length).toBe(200);
    for (const comment of first.items) {
      expect(comment.sentiment).not.toBeNull();
      expect(comment.lang).toMatch(/^(vi|en|other)$/);
      expect(comment.scoredAt).not.toBeNull();
      expect(Math.abs(comment.sentimentScore ?? 2)).toBeLessThanOrEqual(1);
    }
  });

  it('filters by campaign, sentiment and intent, with the evidence span inside the text', async () => {
    const negative = await page(`campaignId=${campaignId}&sentiment=negative&limit=50`);
    expect(negative.items.length).toBeGreaterThan(0);
    expect(negative.items.every((c) => c.sentiment === 'negative' && c.campaignId === campaignId)).toBe(true);
    const intent = await page('intent=purchase_intent&limit=50');
    expect(intent.items.length).toBeGreaterThan(0);
    for (const comment of intent.items) {
      const tag = comment.tags?.find((x) => x.tag === 'purchase_intent');
      expect(tag).toBeDefined();
      expect(comment.text.normalize('NFC').slice(tag?.start, tag?.end)).toBe(tag?.evidence);
    }
  });

  it('pages with a cursor without repeating or skipping comments', async () => {
    const all = await page(`campaignId=${campaignId}&limit=200`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(`campaignId=${campaignId}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...next.items.map((c) => c.id));
      cursor = next.nextCursor;
    } while (cursor && seen.length < 200);
    expect(seen.slice(0, all.items.length)).toEqual(all.items.map((c) => c.id).slice(0, seen.length));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a forged cursor with the field named', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/comments?cursor=bm9wZQ`, as: owner });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('query.cursor');
  });
});

describe('pushing comments to a post', () => {
  it('stores new comments, skips duplicates and scores them in the background', async () => {
    const someComment = (await page(`campaignId=${campaignId}&limit=1`)).items[0];
    const postId = someComment?.postId ?? '';
    const batch = {
      comments: [
        {
          externalId: 'tt-1',
          author: 'Hà',
          text: 'Giá bao nhiêu vậy shop, ship về Đà Nẵng không?',
          at: '2030-01-01T10:00:00Z',
        },
        {
          author: 'Tú',
          text: 'hàng giả, quảng cáo lố quá, không tin được',
          at: '2030-01-01T10:05:00Z',
          likes: 3,
        },
        { author: 'Tú', text: 'hàng giả, quảng cáo lố quá, không tin được', at: '2030-01-01T10:05:00Z' },
      ],
    };
    const url = `${ws}/posts/${postId}/comments`;
    const pushed = await t.request({ method: 'POST', url, as: owner, payload: batch });
    expect(pushed.statusCode, pushed.body).toBe(202);
    expect(pushed.json()).toMatchObject({ received: 3, inserted: 2, duplicates: 1 });
    expect(pushed.json().jobId).toEqual(expect.any(String));

    const again = await t.request({ method: 'POST', url, as: owner, payload: batch });
    expect(again.json()).toMatchObject({ received: 3, inserted: 0, duplicates: 3, jobId: null });

    const mine = (await page(`postId=${postId}&limit=2`)).items;
    const ask = mine.find((c) => c.author === 'Hà');
    const angry = mine.find((c) => c.author === 'Tú');
    expect(ask?.tags?.map((x) => x.kind)).toEqual(expect.arrayContaining(['price_question', 'shipping']));
    expect(angry?.sentiment).toBe('negative');
    expect(angry?.tags?.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['counterfeit', 'exaggerated_ad', 'distrust']),
    );
  });

  it('says which comment is bad', async () => {
    const someComment = (await page('limit=1')).items[0];
    const response = await t.request({
      method: 'POST',
      url: `${ws}/posts/${someComment?.postId}/comments`,
      as: owner,
      payload: { comments: [{ text: 'ok' }, { text: '   ' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error.details)).toContain('comments.1.text');
  });
});

describe('campaign sentiment', () => {
  it('adds up to the comment counts and computes sentiment_score with spam excluded', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/sentiment`,
      as: owner,
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    const { positive, neutral, negative, total } = view.summary;
    expect(total).toBe(positive + neutral + negative);
    expect(view.summary.sentimentScore.value).toBeCloseTo(((positive - negative) / total) * 100, 6);
    const negativeList: CommentView[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(
        `campaignId=${campaignId}&sentiment=negative&spam=false&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      negativeList.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor);
    // Comments in other languages keep their label in the list but are counted apart from the score.
    expect(negativeList.filter((c) => c.lang !== 'other').length).toBe(negative);
    const byCreatorTotal = view.byCreator.reduce(
      (sum: number, c: { summary: { total: number } }) => sum + c.summary.total,
      0,
    );
    expect(byCreatorTotal).toBe(total);
    expect(view.daily.length).toBeGreaterThan(0);
    expect(view.scoredAt).not.toBeNull();
    expect(view.unscored).toBe(0);
    expect(view.drivers.positive.length + view.drivers.negative.length).toBeGreaterThan(0);
  });

  it('lists alerts', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/alerts`, as: owner });
    expect(response.statusCode, response.body).toBe(200);
    expect(Array.isArray(response.json().items)).toBe(true);
  });
});

describe('share of voice', () => {
  it('counts brand and competitor mentions, accent-insensitive, per day and week', async () => {
    const detail = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner });
    const brand = detail.json().brand as string;
    const someComment = (await page(`campaignId=${campaignId}&limit=1`)).items[0];
    const folded = brand
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    const url = `${ws}/campaigns/${campaignId}/share-of-voice`;
    const before = (await t.request({ method: 'GET', url, as: owner })).json();
    // Two comments written without diacritics, one naming the brand, at the campaign's latest day.
    await t.request({
      method: 'POST',
      url: `${ws}/posts/${someComment?.postId}/comments`,
      as: owner,
      payload: {
        comments: [{ author: 'SOV', text: `${folded} ngon that`, at: someComment?.at ?? undefined }],
      },
    });
    const after = (await t.request({ method: 'GET', url, as: owner })).json();
    expect(after.total.brand).toBe(before.total.brand + 1);
    const competitors = Object.values(after.total.competitors as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(after.total.shareOfVoice).toBeCloseTo(
      (after.total.brand / (after.total.brand + competitors)) * 100,
      6,
    );
    const weekly = (await t.request({ method: 'GET', url: `${url}?interval=week`, as: owner })).json();
    const weeklyBrand = (weekly.series as { brand: number }[]).reduce((sum, b) => sum + b.brand, 0);
    expect(weeklyBrand).toBe(after.total.brand);
    expect(weekly.series.length).toBeLessThanOrEqual(after.series.length);
  });
});

describe('importing comments from a file', () => {
  it('imports readable rows, reports the others with row and column, and scores them', async () => {
    const postId = (await page(`campaignId=${campaignId}&limit=1`)).items[0]?.postId ?? '';
    const csv = [
      'Tác giả,Nội dung,Thời gian,Lượt thích',
      'Quyên,còn hàng không shop ơi,01/03/2031 10:00,4',
      'Bảo,,01/03/2031 10:05,1',
      'Vy,quá đỉnh luôn,hôm qua,0',
      'Khoa,xịn xò,02/03/2031 08:00,1.200',
    ].join('\n');
    const response = await t.request({
      method: 'POST',
      url: `${ws}/posts/${postId}/comments/import`,
      as: owner,
      payload: { fileName: 'binh-luan.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(response.statusCode, response.body).toBe(202);
    const result = response.json();
    expect(result).toMatchObject({ rows: 4, inserted: 2, duplicates: 0 });
    expect(result.rejected).toEqual([
      {
        row: 3,
        column: 'text',
        code: 'comment_text_empty',
        values: {},
        message: 'the comment text is empty',
      },
      {
        row: 4,
        column: 'time',
        code: 'not_a_date',
        values: { value: 'hôm qua', example: '01/03/2026 10:00' },
        message: expect.stringContaining('"hôm qua"'),
      },
    ]);
    const stored = (await page(`postId=${postId}&limit=2`)).items;
    const asked = stored.find((c) => c.author === 'Quyên');
    expect(asked?.at).toBe('2031-03-01T03:00:00.000Z');
    expect(asked?.tags?.some((tag) => tag.kind === 'availability')).toBe(true);
    expect(stored.find((c) => c.author === 'Khoa')?.sentiment).not.toBeNull();
  });

  it('says when the file is not a spreadsheet it can read', async () => {
    const postId = (await page('limit=1')).items[0]?.postId ?? '';
    const response = await t.request({
      method: 'POST',
      url: `${ws}/posts/${postId}/comments/import`,
      as: owner,
      payload: {
        fileName: 'binh-luan.xlsx',
        contentBase64: Buffer.from('not a workbook').toString('base64'),
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('file');
  });
});

describe('creator and post sentiment', () => {
  it('agrees with the campaign breakdown for a post and covers at least as much for a creator', async () => {
    const campaign = (
      await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/sentiment`, as: owner })
    ).json();
    const post = campaign.byPost[0];
    const postView = await t.request({
      method: 'GET',
      url: `${ws}/posts/${post.postId}/sentiment`,
      as: owner,
    });
    expect(postView.statusCode, postView.body).toBe(200);
    expect(postView.json().summary).toEqual(post.summary);
    const creator = campaign.byCreator[0];
    const creatorView = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creator.creatorId}/sentiment`,
      as: owner,
    });
    expect(creatorView.statusCode, creatorView.body).toBe(200);
    expect(creatorView.json().summary.total).toBeGreaterThanOrEqual(creator.summary.total);
  });
});
