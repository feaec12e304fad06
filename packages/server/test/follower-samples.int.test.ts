import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const FIXTURE = readFileSync(new URL('./follower-samples.fixture.csv', import.meta.url));

interface Share {
  count: number;
  of: number;
  share: number | null;
}
interface Sample {
  id: string;
  accountId: string;
  fileName: string;
  summary: {
    rowsReceived: number;
    rowsValid: number;
    rowsInvalid: number;
    massFollowers: Share;
    suspiciousOrMass: Share;
    fakeEstimate: { scored: number; estimatedShare: number; interval: { low: number; high: number } } | null;
    problems: { row: number; column: string; value: string }[];
  };
}

let t: TestApp;
let owner: Session;
let ws: string;
let creatorId: string;
let accountId: string;

const upload = (data: Buffer, fileName: string, as: Session = owner, account = accountId) =>
  t.request({
    method: 'POST',
    url: `${ws}/creators/${creatorId}/accounts/${account}/follower-sample`,
    as,
    payload: { fileName, data: data.toString('base64') },
  });

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Mẫu', 'owner-sample@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Mẫu follower' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const created = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: {
      name: 'Linh Review',
      accounts: [{ platform: 'instagram', handle: 'linh.review', followers: 52_000 }],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  creatorId = created.json().id;
  accountId = created.json().accounts[0].id;
}, 60_000);
afterAll(() => t.close());

describe('follower sample upload', () => {
  it('reads a CSV with Vietnamese headers, lists the bad row by row and column, and estimates fake followers', async () => {
    const response = await upload(FIXTURE, 'mau-follower.csv');
    expect(response.statusCode, response.body).toBe(201);
    const sample = response.json() as Sample;
    // 100 good rows (40 fake + 60 real from instafake) and one row whose "following" reads "nhiều".
    expect(sample.summary.rowsReceived).toBe(101);
    expect(sample.summary.rowsValid).toBe(100);
    expect(sample.summary.problems).toEqual([
      expect.objectContaining({ row: 43, column: 'Đang theo dõi', value: 'nhiều' }),
    ]);
    // 19 of the 100 valid rows follow more than 1,500 accounts (counted in the fixture by hand).
    expect(sample.summary.massFollowers).toMatchObject({ count: 19, of: 100 });
    const fake = sample.summary.fakeEstimate;
    expect(fake?.scored).toBe(100);
    // The sample is 40 % fake: the corrected estimate's interval must contain it.
    expect(fake?.interval.low).toBeLessThan(0.4);
    expect(fake?.interval.high).toBeGreaterThan(0.4);
  });

  it('feeds the quality score: both sample signals get a contribution and the vetting names the sample', async () => {
    const vetting = await t.request({ method: 'GET', url: `${ws}/creators/${creatorId}/vetting`, as: owner });
    expect(vetting.statusCode, vetting.body).toBe(200);
    const body = vetting.json() as {
      dossier: { quality: { signals: { id: string; status: string; contribution: number | null }[] } };
      followerSample: { rowsValid: number; fileName: string; accountId: string } | null;
    };
    expect(body.followerSample).toMatchObject({ rowsValid: 100, fileName: 'mau-follower.csv', accountId });
    const signals = body.dossier.quality.signals.filter((signal) =>
      ['suspicious_mass_followers', 'fake_follower_estimate'].includes(signal.id),
    );
    expect(signals).toHaveLength(2);
    for (const signal of signals) {
      expect(signal.status).not.toBe('not_available');
      expect(signal.contribution).not.toBeNull();
    }
  });

  it('reads an XLSX with English headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('followers');
    sheet.addRow([
      'Followers',
      'Following',
      'Posts',
      'Has picture',
      'Private',
      'Bio length',
      'Username digits',
    ]);
    for (let i = 0; i < 25; i++) sheet.addRow([100 + i, i < 5 ? 3000 : 200, 10, 'yes', 'no', 20, 0]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(bytes, 'followers.xlsx');
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as Sample).summary.massFollowers).toMatchObject({ count: 5, of: 25 });
    const list = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/follower-samples`,
      as: owner,
    });
    expect((list.json().items as Sample[]).map((item) => item.fileName)).toEqual([
      'followers.xlsx',
      'mau-follower.csv',
    ]);
  });

  it('refuses a file without follower columns, naming what it looked for', async () => {
    const response = await upload(Buffer.from('tên,ghi chú\nLan,abc\n'), 'sai.csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('file');
  });

  it('refuses a file whose every row is bad, listing rows and columns', async () => {
    const response = await upload(Buffer.from('followers,following\nabc,1\n2,xyz\n'), 'hong.csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'row 2, column "followers"',
      'row 3, column "following"',
    ]);
  });

  it('says "not found" for an account of another creator', async () => {
    const other = await t.request({
      method: 'POST',
      url: `${ws}/creators`,
      as: owner,
      payload: { name: 'Khác', accounts: [{ platform: 'tiktok', handle: 'khac.vn' }] },
    });
    const response = await upload(FIXTURE, 'mau.csv', owner, other.json().accounts[0].id);
    expect(response.statusCode).toBe(404);
  });
});
