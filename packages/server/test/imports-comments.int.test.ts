import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let postId: string;

const VIDEO = 'https://www.tiktok.com/@lananh.review/video/7301234567890123456';
const UNKNOWN = 'https://www.tiktok.com/@ai.do/video/7309999999999999999';

/** Comments of two videos in one file: one the workspace has, one it does not; a row repeated; one without text. */
const CSV = [
  'Link video,Người bình luận,Nội dung bình luận,Thời gian,Lượt thích',
  `${VIDEO},thu.ha,Son này lên màu đẹp quá mình rất thích,01/03/2026 10:00,12`,
  `${VIDEO},minh.k,"Giá bao nhiêu vậy shop, mua ở đâu?",01/03/2026 10:05,3`,
  `${VIDEO},thu.ha,Son này lên màu đẹp quá mình rất thích,01/03/2026 10:00,12`,
  `${VIDEO},an.nguyen,"Hàng giả, dùng bị khô môi, thất vọng",01/03/2026 11:00,`,
  `${UNKNOWN},ai.do,Đẹp,01/03/2026 11:00,`,
  `${VIDEO},trong,,01/03/2026 12:00,`,
].join('\n');

async function importComments(csv: string) {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/imports`,
    as: owner,
    payload: { kind: 'comments', fileName: 'binh-luan.csv' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await t.request({
    method: 'PUT',
    url: `${ws}/imports/${id}/file`,
    as: owner,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(csv),
  });
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
  const job = await t.request({ method: 'GET', url: `${ws}/jobs/${run.json().jobId}`, as: owner });
  expect(job.json().status, job.body).toBe('succeeded');
  const status = await t.request({ method: 'GET', url: `${ws}/imports/${id}`, as: owner });
  const rejected = await t.request({ method: 'GET', url: `${ws}/imports/${id}/rejected`, as: owner });
  return { preview: preview.json(), result: status.json().result, rejectedCsv: rejected.body };
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Bình Luận', 'owner-import-comments@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Bình luận' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name: 'Lan Anh', accounts: [{ platform: 'tiktok', handle: 'lananh.review' }] },
  });
  expect(creator.statusCode, creator.body).toBe(201);
  const post = await t.request({ method: 'POST', url: `${ws}/posts`, as: owner, payload: { url: VIDEO } });
  expect(post.statusCode, post.body).toBe(201);
  postId = post.json().post.id;
});
afterAll(() => t.close());

describe('comments through the spreadsheet importer', () => {
  it('imports new comments of the posts the rows link to, scored, and names every rejected row', async () => {
    const { preview, result, rejectedCsv } = await importComments(CSV);
    expect(preview.mapping).toEqual(['post', 'author', 'text', 'at', 'likes']);
    // The repeated row is a duplicate only once it is compared with the stored comments, so it is valid here.
    expect([preview.validCount, preview.rejectedCount]).toEqual([5, 1]);
    expect(result).toMatchObject({ created: 3, unchanged: 1, scored: 3, rejected: 2 });
    expect(rejectedCsv).toContain('no such post in the workspace');
    expect(rejectedCsv).toContain('the comment text is empty');
    const listed = await t.request({ method: 'GET', url: `${ws}/comments?postId=${postId}`, as: owner });
    const items = listed.json().items as { author: string; sentiment: string; tags: { tag: string }[] }[];
    expect(items).toHaveLength(3);
    const byAuthor = Object.fromEntries(items.map((item) => [item.author, item]));
    expect(byAuthor['thu.ha']?.sentiment).toBe('positive');
    expect(byAuthor['an.nguyen']?.sentiment).toBe('negative');
    expect(byAuthor['minh.k']?.tags.map((tag) => tag.tag)).toContain('purchase_intent');
  });

  it('adds nothing when the same file is imported again', async () => {
    const { result } = await importComments(CSV);
    expect(result).toMatchObject({ created: 0, unchanged: 4, scored: 0 });
    const listed = await t.request({ method: 'GET', url: `${ws}/comments?postId=${postId}`, as: owner });
    expect(listed.json().items).toHaveLength(3);
  });

  it('takes the post chosen for the whole file when the sheet has no post column', async () => {
    const created = await t.request({
      method: 'POST',
      url: `${ws}/imports`,
      as: owner,
      payload: { kind: 'comments', fileName: 'mot-bai.csv' },
    });
    const id = created.json().id as string;
    await t.request({
      method: 'PUT',
      url: `${ws}/imports/${id}/file`,
      as: owner,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('Tác giả,Bình luận\nbao.tran,Mình đặt 2 thỏi rồi nha\n'),
    });
    const without = await t.request({
      method: 'POST',
      url: `${ws}/imports/${id}/preview`,
      as: owner,
      payload: {},
    });
    expect(without.json().mappingProblems).toEqual([
      'choose the column with the post link, or the post for the whole file',
    ]);
    const withPost = await t.request({
      method: 'POST',
      url: `${ws}/imports/${id}/preview`,
      as: owner,
      payload: { fixed: { post: postId } },
    });
    expect(withPost.json()).toMatchObject({ mappingProblems: [], validCount: 1 });
  });
});
