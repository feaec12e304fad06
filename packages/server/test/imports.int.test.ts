import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCreatorStats } from '../src/features/creators/refresh-creator-stats';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;

interface Preview {
  id: string;
  headerRowNumber: number;
  headers: string[];
  mapping: (string | null)[];
  validCount: number;
  rejectedCount: number;
  existingCount: number;
  mappingProblems: string[];
  mappingProblemDetails: { code: string; values: Record<string, string | number> }[];
  problems: {
    row: number;
    column: string;
    code: string;
    values: Record<string, string | number>;
    message: string;
  }[];
}

/** A sheet as people send it: a title row, Vietnamese headers, a merged platform cell, a formula, blank rows. */
async function messyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KOL');
  sheet.addRow(['Danh sách KOL tháng 11']);
  sheet.addRow([
    'Họ và tên',
    'Nền tảng',
    'Tài khoản',
    'Số người theo dõi',
    'Khu vực',
    'Báo giá',
    'Cột khó hiểu',
  ]);
  sheet.addRow(['Lan Anh', 'TikTok', '@lananh.review', '12,5K', 'Hà Nội', '1tr2', 'x']);
  sheet.addRow(['Minh Khoa', '', 'minhkhoa', '', 'Hà Nội', '15 triệu', 'y']);
  sheet.addRow([]);
  sheet.addRow(['Thu Hà', 'Instagram', 'thuha', null, 'Đà Nẵng', '2.500.000', '']);
  sheet.getCell('D6').value = { formula: 'B1*2', result: 24_000 };
  sheet.addRow(['Sai số', 'Myspace', 'ai.do', 'nhiều lắm', 'Huế', '', '']);
  sheet.addRow(['Trùng', 'TikTok', 'LANANH.REVIEW', '1', 'Huế', '', '']);
  sheet.mergeCells('B3:B4');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(name: string, bytes: Buffer): Promise<string> {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/imports`,
    as: owner,
    payload: { kind: 'creators', fileName: name },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const response = await t.request({
    method: 'PUT',
    url: `${ws}/imports/${id}/file`,
    as: owner,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().size).toBe(bytes.length);
  return id;
}

async function preview(id: string, mapping?: (string | null)[]): Promise<Preview> {
  const response = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/preview`,
    as: owner,
    payload: mapping ? { mapping } : {},
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function run(id: string, onDuplicate: 'update' | 'skip') {
  const response = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/run`,
    as: owner,
    payload: { onDuplicate },
  });
  expect(response.statusCode, response.body).toBe(202);
  const job = await t.request({ method: 'GET', url: `${ws}/jobs/${response.json().jobId}`, as: owner });
  expect(job.json().status, job.body).toBe('succeeded');
  const status = await t.request({ method: 'GET', url: `${ws}/imports/${id}`, as: owner });
  return status.json().result as Record<string, number>;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Import', 'owner-import@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Import' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
});
afterAll(() => t.close());

describe('creator spreadsheet import', () => {
  let firstId = '';

  it('finds the header under a title row, maps Vietnamese headers and lists every problem by row and column', async () => {
    firstId = await upload('kol.xlsx', await messyWorkbook());
    const result = await preview(firstId);
    expect(result.headerRowNumber).toBe(2);
    expect(result.mapping).toEqual(['name', 'platform', 'handle', 'followers', 'location', 'fee', null]);
    expect(result.validCount).toBe(3);
    expect(result.rejectedCount).toBe(2);
    expect(result.problems).toContainEqual({
      row: 7,
      column: 'Nền tảng',
      code: 'unknown_platform',
      values: { value: 'Myspace' },
      message: expect.stringContaining('Myspace'),
    });
    expect(result.problems).toContainEqual({
      row: 7,
      column: 'Số người theo dõi',
      code: 'not_a_number',
      values: expect.any(Object),
      message: expect.any(String),
    });
    expect(result.problems).toContainEqual({
      row: 8,
      column: 'Tài khoản',
      code: 'duplicate_account',
      values: { platform: 'tiktok', row: 3 },
      message: 'same tiktok account as row 3',
    });
  });

  it('refuses a mapping that uses one field twice, and says which columns', async () => {
    const result = await preview(firstId, [
      'name',
      'platform',
      'handle',
      'followers',
      'location',
      'fee',
      'fee',
    ]);
    expect(result.mappingProblems.join(' ')).toContain('F, G');
    expect(result.mappingProblemDetails).toEqual([
      { code: 'field_twice', values: { field: 'fee', count: 2, columns: 'F, G' } },
    ]);
    const fixed = await preview(firstId, [
      'name',
      'platform',
      'handle',
      'followers',
      'location',
      'fee',
      'notes',
    ]);
    expect(fixed.mappingProblems).toEqual([]);
  });

  it('imports the valid rows with merged cells, formulas and human numbers understood', async () => {
    const counts = await run(firstId, 'update');
    expect(counts).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
    const list = await t.request({
      method: 'GET',
      url: `${ws}/creators?q=ha%20noi&sort=name&order=asc`,
      as: owner,
    });
    const items = list.json().items as {
      name: string;
      accounts: { platform: string; handle: string; followers: number | null }[];
      feeMin: number | null;
    }[];
    expect(items.map((i) => i.name)).toEqual(['Lan Anh', 'Minh Khoa']);
    expect(items[0]?.accounts[0]).toMatchObject({
      platform: 'tiktok',
      handle: 'lananh.review',
      followers: 12_500,
    });
    expect(items[0]?.feeMin).toBe(1_200_000);
    // Minh Khoa's platform comes from the merged cell above; his blank follower count stays missing.
    expect(items[1]?.accounts[0]).toMatchObject({ platform: 'tiktok', followers: null });
    const thuHa = await t.request({ method: 'GET', url: `${ws}/creators?q=thu%20ha`, as: owner });
    expect(thuHa.json().items[0].accounts[0].followers).toBe(24_000);
  });

  it('writes the search stats of new creators as a full refresh computes them', async () => {
    const workspaceId = ws.split('/').at(-1) ?? '';
    const statsNow = async () =>
      (
        await t.services.database.pool.query(
          `SELECT creator_id, platforms, followers, tier, engagement_rate, posts_count, fee_min, fee_max
           FROM creator_stats WHERE workspace_id = $1 ORDER BY creator_id`,
          [workspaceId],
        )
      ).rows;
    const written = await statsNow();
    expect(written).toHaveLength(3);
    // 12,500 and 24,000 followers are micro (10,000–49,999); a blank follower count has no tier.
    expect(written.map((row) => row.tier).sort()).toEqual(['micro', 'micro', null]);
    await refreshCreatorStats(t.services.db, workspaceId);
    expect(await statsNow()).toEqual(written);
  });

  it('gives the rejected rows back as a CSV with the reason per row', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/imports/${firstId}/rejected`, as: owner });
    expect(response.statusCode).toBe(200);
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^7,".*Myspace/);
    expect(lines[2]).toContain('same tiktok account as row 3');
  });

  it('changes nothing when the same file is imported again, and remembers the mapping', async () => {
    const againId = await upload('kol.xlsx', await messyWorkbook());
    const result = await preview(againId);
    expect(result.mapping[6]).toBe('notes');
    expect(result.existingCount).toBe(3);
    const counts = await run(againId, 'update');
    expect(counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('reads semicolon CSVs in UTF-8 with BOM and UTF-16', async () => {
    const text = 'Tên;Nền tảng;Tài khoản;Followers\r\nPhương;Facebook;phuong.page;1.200\r\n';
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [name, content] of [
      ['bom.csv', bom],
      ['utf16.csv', utf16],
    ] as const) {
      const id = await upload(name, content);
      const result = await preview(id);
      expect(result.validCount, name).toBe(1);
      expect(result.mapping.slice(0, 4)).toEqual(['name', 'platform', 'handle', 'followers']);
    }
  });
});
