import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let creatorId: string;

const VIDEO = 'https://www.tiktok.com/@lan.review/video/7301234567890123456?is_from_webapp=1';

async function importMetrics(csv: string) {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/imports`,
    as: owner,
    payload: { kind: 'post_metrics', fileName: 'chi-so.csv' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const put = await t.request({
    method: 'PUT',
    url: `${ws}/imports/${id}/file`,
    as: owner,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(csv),
  });
  expect(put.statusCode, put.body).toBe(200);
  const preview = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/preview`,
    as: owner,
    payload: {},
  });
  expect(preview.statusCode, preview.body).toBe(200);
  const run = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/run`,
    as: owner,
    payload: { onDuplicate: 'update' },
  });
  expect(run.statusCode, run.body).toBe(202);
  const job = await t.request({ method: 'GET', url: `${ws}/jobs/${run.json().jobId}`, as: owner });
  expect(job.json().status, job.body).toBe('succeeded');
  const status = await t.request({ method: 'GET', url: `${ws}/imports/${id}`, as: owner });
  const rejected = await t.request({ method: 'GET', url: `${ws}/imports/${id}/rejected`, as: owner });
  return {
    preview: preview.json(),
    result: status.json().result as Record<string, number>,
    rejected: rejected.body,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Bài Đăng', 'owner-posts@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Posts' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name: 'Lan Review', accounts: [{ platform: 'tiktok', handle: 'lan.review' }] },
  });
  expect(creator.statusCode, creator.body).toBe(201);
  creatorId = creator.json().id;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Ra mắt son', objectives: ['awareness'] },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  campaignId = campaign.json().id;
});
afterAll(() => t.close());

describe('posts by URL and their metrics', () => {
  it('adds a post by link, finds the creator by the handle in the link, and gives the same post for the same link', async () => {
    const first = await t.request({
      method: 'POST',
      url: `${ws}/posts`,
      as: owner,
      payload: { url: VIDEO, campaignId },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      created: true,
      post: { platform: 'tiktok', externalId: '7301234567890123456', creatorId, campaignId, latest: null },
    });
    const again = await t.request({
      method: 'POST',
      url: `${ws}/posts`,
      as: owner,
      payload: { url: 'tiktok.com/@lan.review/video/7301234567890123456' },
    });
    expect(again.json()).toMatchObject({ created: false, post: { id: first.json().post.id } });
  });

  it('asks which creator when the link names no known account, and refuses a profile link', async () => {
    const unknown = await t.request({
      method: 'POST',
      url: `${ws}/posts`,
      as: owner,
      payload: { url: 'https://youtu.be/dQw4w9WgXcQ' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.creatorId');
    const profile = await t.request({
      method: 'POST',
      url: `${ws}/posts`,
      as: owner,
      payload: { url: 'https://www.tiktok.com/@lan.review' },
    });
    expect(profile.statusCode).toBe(400);
    expect(profile.json().error.details[0]).toMatchObject({ path: 'body.url' });
  });

  it('stores pushed snapshots once, keeps missing metrics missing, and lists the latest per post', async () => {
    const list = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/posts`, as: owner });
    const postId = list.json().items[0].id as string;
    const snapshots = [
      { at: '2026-03-01T10:00:00+07:00', views: 1000, likes: 50 },
      { at: '2026-03-02T10:00:00+07:00', views: 2500, likes: 90, shares: 4 },
    ];
    const push = await t.request({
      method: 'POST',
      url: `${ws}/posts/${postId}/snapshots`,
      as: owner,
      payload: { snapshots },
    });
    expect(push.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const repeat = await t.request({
      method: 'POST',
      url: `${ws}/posts/${postId}/snapshots`,
      as: owner,
      payload: { snapshots },
    });
    expect(repeat.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const after = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/posts`, as: owner });
    expect(after.json().items[0].latest).toMatchObject({ views: 2500, likes: 90, shares: 4, comments: null });
  });

  it('imports metric snapshots from a CSV by post link, rejects unknown posts with the reason, and re-imports as a no-op', async () => {
    const csv = [
      'Link bài đăng,Thời gian,Lượt xem,Lượt thích,Bình luận',
      `${VIDEO},03/03/2026 10:00,"12,5K",1.200,`,
      'https://www.instagram.com/p/Cxyz123/,03/03/2026 10:00,900,10,1',
      `${VIDEO},03/03/2026 10:00,1,1,1`,
      'khong-co-bai-nay,03/03/2026 10:00,5,5,5',
    ].join('\n');
    const first = await importMetrics(csv);
    expect(first.preview.mapping).toEqual(['post', 'at', 'views', 'likes', 'comments']);
    // The preview only reads: nothing stored yet for the video at that time, one unknown link, one unknown id.
    expect(first.preview.existingCount).toBe(0);
    expect(first.preview.noteDetails).toEqual([
      { code: 'postMetrics.postsToAdd', values: { count: 1 } },
      { code: 'postMetrics.unknownPostIds', values: { count: 1 } },
    ]);
    expect(first.result).toMatchObject({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
    expect(first.rejected).toContain('no post with id');
    expect(first.rejected).toContain('no such post in the workspace');
    expect(first.rejected).toContain('same post and time as row 2');
    const again = await importMetrics(csv);
    expect(again.preview.existingCount).toBe(1);
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const list = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/posts`, as: owner });
    expect(list.json().items[0].latest).toMatchObject({
      at: '2026-03-03T03:00:00.000Z',
      views: 12_500,
      likes: 1_200,
      comments: null,
    });
  });
});
