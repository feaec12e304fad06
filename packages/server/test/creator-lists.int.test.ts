import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

interface List {
  id: string;
  kind: string;
  name: string;
  query: Record<string, string> | null;
  creatorCount: number;
  containsCreator: boolean;
}

let t: TestApp;
let owner: Session;
let ws: string;
const ids: Record<string, string> = {};

const post = (url: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `${ws}${url}`, as: owner, payload });
const get = (url: string) => t.request({ method: 'GET', url: `${ws}${url}`, as: owner });

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Danh sách', 'owner-lists@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Danh sách' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  for (const [key, name, handle] of [
    ['an', 'An Beauty', 'an.beauty'],
    ['binh', 'Bình Food', 'binh.food'],
    ['chi', 'Chi Travel', 'chi.travel'],
  ] as const) {
    const created = await post('/creators', {
      name,
      accounts: [{ platform: 'tiktok', handle, followers: 20_000 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    ids[key] = created.json().id;
  }
}, 60_000);
afterAll(() => t.close());

describe('saved searches', () => {
  it('saves the filters with a name, lists them, renames and deletes', async () => {
    const saved = await post('/creator-lists', {
      kind: 'saved_search',
      name: 'Làm đẹp Hà Nội',
      query: { q: 'ha noi', tier: 'micro,nano', sort: 'followers' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = (saved.json() as List).id;
    const list = await get('/creator-lists?kind=saved_search');
    expect((list.json().items as List[]).map((item) => [item.name, item.query])).toEqual([
      ['Làm đẹp Hà Nội', { q: 'ha noi', tier: 'micro,nano', sort: 'followers' }],
    ]);
    const renamed = await t.request({
      method: 'PATCH',
      url: `${ws}/creator-lists/${id}`,
      as: owner,
      payload: { name: 'Làm đẹp HN' },
    });
    expect(renamed.json().name).toBe('Làm đẹp HN');
    const removed = await t.request({ method: 'DELETE', url: `${ws}/creator-lists/${id}`, as: owner });
    expect(removed.statusCode).toBe(204);
    expect((await get('/creator-lists?kind=saved_search')).json().items).toEqual([]);
  });

  it('refuses filters the search does not know, naming the field', async () => {
    const response = await post('/creator-lists', {
      kind: 'saved_search',
      name: 'Sai',
      query: { tier: 'giant' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toContain('query');
  });
});

describe('shortlists', () => {
  let listId: string;

  it('adds creators (twice is harmless), marks the lists that hold a creator, and removes one', async () => {
    const created = await post('/creator-lists', { kind: 'shortlist', name: 'Tết 2027' });
    listId = (created.json() as List).id;
    const added = await post(`/creator-lists/${listId}/creators`, { creatorIds: [ids.an, ids.binh] });
    expect(added.json()).toEqual({ added: 2, creatorCount: 2 });
    const again = await post(`/creator-lists/${listId}/creators`, { creatorIds: [ids.an] });
    expect(again.json()).toEqual({ added: 0, creatorCount: 2 });
    const marked = await get(`/creator-lists?kind=shortlist&creatorId=${ids.chi}`);
    expect((marked.json().items as List[])[0]).toMatchObject({ creatorCount: 2, containsCreator: false });
    const detail = await get(`/creator-lists/${listId}`);
    expect((detail.json().creators as { name: string }[]).map((c) => c.name)).toEqual([
      'An Beauty',
      'Bình Food',
    ]);
    const removed = await t.request({
      method: 'DELETE',
      url: `${ws}/creator-lists/${listId}/creators/${ids.binh}`,
      as: owner,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/creator-lists/${listId}`)).json().creatorCount).toBe(1);
  });

  it('rejects a creator of another workspace by its position in the body', async () => {
    const response = await post(`/creator-lists/${listId}/creators`, {
      creatorIds: [ids.chi, '00000000-0000-4000-8000-000000000001'],
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.details).toEqual([
      { path: 'body.creatorIds[1]', message: 'no such creator' },
    ]);
  });

  it('exports the shortlist as XLSX and CSV with the creator columns', async () => {
    const xlsx = await get(`/creator-lists/${listId}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tên');
    expect(sheet?.getRow(2).getCell(1).value).toBe('An Beauty');
    expect(sheet?.actualRowCount).toBe(2);
    const csv = await get(`/creator-lists/${listId}/export?format=csv`);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('feeds the optimiser: a mix over a shortlist only considers its creators', async () => {
    const campaign = await post('/campaigns', { name: 'Mix theo danh sách', objectives: ['awareness'] });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const mix = await post(`/campaigns/${campaign.json().id}/mix`, {
      goal: 'engagements',
      budget: 50_000_000,
      shortlistId: listId,
    });
    expect(mix.statusCode, mix.body).toBe(200);
    expect(mix.json().candidates).toBe(1);
  });
});
