import ExcelJS from 'exceljs';
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
  feeMin: number | null;
  status: string;
  accounts: { platform: string; handle: string; followers: number | null }[];
}

async function create(body: object): Promise<Item> {
  const response = await t.request({ method: 'POST', url: `${ws}/creators`, as: owner, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Item;
}

async function search(query: string): Promise<{ items: Item[]; nextCursor: string | null }> {
  const response = await t.request({ method: 'GET', url: `${ws}/creators?${query}`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-creators@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Agency Sài Gòn' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  await create({
    name: 'Linh Nguyễn',
    location: 'Hà Nội',
    niches: ['mỹ phẩm', 'làm đẹp'],
    tags: ['skincare'],
    rateCard: [
      { deliverable: 'Video TikTok', platform: 'tiktok', amount: 8_000_000 },
      { deliverable: 'Story', platform: 'instagram', amount: 3_000_000 },
    ],
    accounts: [
      { platform: 'tiktok', handle: '@linh.review', followers: 25_000 },
      { platform: 'instagram', handle: 'linh.ig', followers: 4_000 },
    ],
  });
  await create({
    name: 'Minh Trần',
    location: 'TP. Hồ Chí Minh',
    niches: ['ẩm thực'],
    status: 'contacted',
    rateCard: [{ deliverable: 'Video', platform: 'youtube', amount: 40_000_000 }],
    accounts: [{ platform: 'youtube', handle: 'minhan', followers: 600_000 }],
  });
  await create({
    name: 'Hà Phương',
    location: 'Đà Nẵng',
    niches: ['du lịch'],
    accounts: [{ platform: 'facebook', handle: 'haphuong', followers: 900 }],
  });
});
afterAll(() => t.close());

describe('creator registry', () => {
  it('stores accounts without the @, derives the tier from the largest account and the fee range from the rate card', async () => {
    const { items } = await search('q=linh');
    expect(items).toHaveLength(1);
    const linh = items[0];
    expect(linh?.accounts.map((a) => `${a.platform}:${a.handle}`)).toEqual([
      'instagram:linh.ig',
      'tiktok:linh.review',
    ]);
    expect(linh?.followers).toBe(25_000);
    expect(linh?.tier).toBe('micro');
    expect(linh?.feeMin).toBe(3_000_000);
    expect(linh?.engagementRate).toBeNull();
  });

  it('refuses a second creator with the same platform + handle, whatever the case', async () => {
    const response = await t.request({
      method: 'POST',
      url: `${ws}/creators`,
      as: owner,
      payload: { name: 'Bản sao', accounts: [{ platform: 'tiktok', handle: 'LINH.REVIEW' }] },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details[0].path).toBe('body.accounts.0.handle');
  });

  it('edits, archives and audits a creator, keeping an account matched by handle', async () => {
    const [minh] = (await search('q=minh')).items;
    const patched = await t.request({
      method: 'PATCH',
      url: `${ws}/creators/${minh?.id}`,
      as: owner,
      payload: {
        status: 'archived',
        accounts: [
          { platform: 'youtube', handle: 'MinhAn', followers: 650_000 },
          { platform: 'tiktok', handle: 'minh.tiktok', followers: 12_000 },
        ],
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().status).toBe('archived');
    expect(patched.json().followers).toBe(650_000);
    expect(patched.json().accounts).toHaveLength(2);
    const audit = await t.request({ method: 'GET', url: `${ws}/audit-log`, as: owner });
    expect(JSON.stringify(audit.json())).toContain('creator.status.archived');
  });

  it('answers 404 for a creator id that does not exist here', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators/00000000-0000-4000-8000-000000000000`,
      as: owner,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('creator search', () => {
  it('finds Vietnamese text without accents: "ha noi" → Hà Nội, "my pham" → mỹ phẩm, "am thuc" → ẩm thực', async () => {
    expect((await search('q=ha%20noi')).items.map((i) => i.name)).toEqual(['Linh Nguyễn']);
    expect((await search('q=my%20pham')).items.map((i) => i.name)).toEqual(['Linh Nguyễn']);
    expect((await search('q=am%20thuc')).items.map((i) => i.name)).toEqual(['Minh Trần']);
  });

  it('filters by platform, tier, status, location and fee range', async () => {
    expect((await search('platform=facebook')).items.map((i) => i.name)).toEqual(['Hà Phương']);
    expect((await search('tier=koc,micro&sort=name&order=asc')).items.map((i) => i.name)).toEqual([
      'Hà Phương',
      'Linh Nguyễn',
    ]);
    expect((await search('status=archived')).items.map((i) => i.name)).toEqual(['Minh Trần']);
    expect((await search('location=%C4%90%C3%A0%20N%E1%BA%B5ng')).items.map((i) => i.name)).toEqual([
      'Hà Phương',
    ]);
    // Linh's prices 3–8 M overlap 5–10 M; Minh's 40 M does not; Hà Phương has no rate card.
    expect((await search('feeMin=5000000&feeMax=10000000')).items.map((i) => i.name)).toEqual([
      'Linh Nguyễn',
    ]);
  });

  it('sorts by followers and walks every page with the cursor, each creator once', async () => {
    const first = await search('sort=followers&order=desc&limit=2');
    expect(first.items.map((i) => i.followers)).toEqual([650_000, 25_000]);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`sort=followers&order=desc&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.followers)).toEqual([900]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by owner, the member the creator is assigned to', async () => {
    const members = await t.request({ method: 'GET', url: `${ws}/members`, as: owner });
    const ownerId = members.json().items[0].userId;
    expect((await search(`owner=${ownerId}`)).items).toEqual([]);
    const linh = (await search('q=linh')).items[0];
    const assigned = await t.request({
      method: 'PATCH',
      url: `${ws}/creators/${linh?.id}`,
      as: owner,
      payload: { ownerUserId: ownerId },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await search(`owner=${ownerId}`)).items.map((i) => i.name)).toEqual(['Linh Nguyễn']);
  });

  it('rejects a forged cursor with the field named', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/creators?cursor=abc`, as: owner });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('query.cursor');
  });
});

describe('creator facets', () => {
  it('lists the locations and niches in use with how many creators have each', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/creators/facets`, as: owner });
    expect(response.statusCode).toBe(200);
    const facets = response.json();
    expect(facets.locations).toHaveLength(3);
    expect(facets.niches).toContainEqual({ value: 'mỹ phẩm', count: 1 });
    expect(facets.tags).toEqual([{ value: 'skincare', count: 1 }]);
  });
});

describe('creator export', () => {
  it('downloads the filtered list as CSV with a BOM and quoted fields', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators/export?format=csv&q=linh`,
      as: owner,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Linh Nguyễn,"instagram:@linh.ig, tiktok:@linh.review",25000,micro');
  });

  it('downloads XLSX that opens with one row per creator', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators/export?format=xlsx&sort=name&order=asc`,
      as: owner,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Hà Phương');
    expect(sheet?.getRow(3).getCell(3).value).toBe(25_000);
  });
});
