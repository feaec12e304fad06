import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let creatorId: string;
let accountId: string;

const TARGET = {
  ageRange: { min: 18, max: 29 },
  genders: ['female'],
  locations: ['Sài Gòn'],
  interests: ['my pham', 'Ẩm thực'],
  niches: ['lam dep'],
};

/*
 * Four followers: two clean; one follows 2,000 accounts (a mass follower, no red flag); one has no picture, no posts,
 * an empty bio, follows 60× its followers and has 6 digits in its name (suspicious). → 1/4 suspicious, 1/4 mass.
 */
const SAMPLE = [
  'Số người theo dõi,Đang theo dõi,Bài đăng,Ảnh đại diện,Riêng tư,Độ dài tiểu sử,Số chữ số trong tên,Độ dài tên người dùng',
  '500,300,40,có,không,20,0,10',
  '1200,800,100,có,không,35,1,9',
  '3000,2000,50,có,không,10,0,8',
  '5,300,0,không,không,0,6,12',
].join('\n');

async function campaign(name: string, target: typeof TARGET | null): Promise<string> {
  const created = await t.request({ method: 'POST', url: `${ws}/campaigns`, as: owner, payload: { name } });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id;
  if (target) {
    const saved = await t.request({
      method: 'PUT',
      url: `${ws}/campaigns/${id}/fit-target`,
      as: owner,
      payload: target,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return id;
}

async function archive(id: string) {
  const moved = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/${id}/status`,
    as: owner,
    payload: { status: 'archived' },
  });
  expect(moved.statusCode, moved.body).toBe(200);
}

async function dossierRows(): Promise<[string, string][]> {
  const xlsx = await t.request({
    method: 'GET',
    url: `${ws}/creators/${creatorId}/dossier?format=xlsx`,
    as: owner,
  });
  expect(xlsx.statusCode, xlsx.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const rows: [string, string][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]);
  });
  return rows;
}

const cellAfter = (rows: [string, string][], label: string) => rows.find(([key]) => key === label)?.[1];

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Hồ sơ', 'owner-dossier@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Hồ sơ' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const created = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: {
      name: 'Linh Làm Đẹp',
      niches: ['Làm đẹp', 'Du lịch'],
      accounts: [
        {
          platform: 'tiktok',
          handle: 'linh.lamdep',
          followers: 50_000,
          audience: {
            ageBands: { '13-17': 0.1, '18-24': 0.4, '25-34': 0.3, '35-44': 0.1, '45+': 0.1 },
            gender: { female: 0.7, male: 0.3 },
            topLocations: [
              { name: 'TP.HCM', share: 0.3 },
              { name: 'Hà Nội', share: 0.2 },
            ],
            interests: ['Mỹ phẩm', 'Thời trang'],
          },
        },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  creatorId = created.json().id;
  accountId = created.json().accounts[0].id;
}, 60_000);
afterAll(() => t.close());

describe('vetting dossier: follower sample and campaign fit', () => {
  it('says when no follower sample was uploaded and no campaign has a target', async () => {
    const rows = await dossierRows();
    expect(rows.some(([title]) => title === 'Mẫu người theo dõi')).toBe(true);
    expect(rows).toContainEqual(['—', 'Chưa tải mẫu người theo dõi lên']);
    expect(rows).toContainEqual(['—', 'Chưa có chiến dịch nào đặt khán giả mục tiêu']);
  });

  it('lists the suspicious, mass and estimated fake shares of the sample with the model card', async () => {
    const uploaded = await t.request({
      method: 'POST',
      url: `${ws}/creators/${creatorId}/accounts/${accountId}/follower-sample`,
      as: owner,
      payload: { fileName: 'mau.csv', data: Buffer.from(SAMPLE).toString('base64') },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const fake = uploaded.json().summary.fakeEstimate;
    const rows = await dossierRows();
    expect(cellAfter(rows, 'Tệp mẫu')).toMatch(/^mau\.csv — tiktok @linh\.lamdep, Chủ Hồ sơ, /);
    expect(cellAfter(rows, 'Số dòng')).toBe('4 hợp lệ / 4 dòng (0 lỗi)');
    expect(cellAfter(rows, 'Tỷ lệ đáng ngờ')).toMatch(/^25,0 % \(1\/4 người theo dõi hợp lệ\)/);
    expect(cellAfter(rows, 'Tỷ lệ theo dõi hàng loạt')).toMatch(
      /^25,0 % \(1\/4 người theo dõi hợp lệ\); .*1\.500/,
    );
    expect(cellAfter(rows, 'Ước tính người theo dõi ảo')).toContain(
      `mô hình gắn cờ ${fake.predictedFake}/${fake.scored}`,
    );
    expect(cellAfter(rows, 'Mô hình')).toContain('docs/models/fake-follower-model-card.md');
  });

  it('scores the creator for the open campaigns with a target and the ones it is on, not others', async () => {
    const open = await campaign('Ra mắt son mới', TARGET);
    await campaign('Chưa có mục tiêu', null);
    await archive(await campaign('Đã lưu trữ, không tham gia', TARGET));
    const joined = await campaign('Đã lưu trữ, có tham gia', { ...TARGET, genders: ['male'] });
    const assigned = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${joined}/creators`,
      as: owner,
      payload: { creators: [{ creatorId, fee: 5_000_000 }] },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await archive(joined);

    const fit = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/fit?campaignId=${open}`,
      as: owner,
    });
    // By hand (as in fit.int.test.ts): 25 × 0.55/0.6 + 20 × 0.7/0.8 + 20 × 0.3/0.5 + 15 × 1/2 + 20 = 79.92 → 80.
    expect(Math.round(fit.json().score)).toBe(80);
    const rows = await dossierRows();
    const fitTitles = rows.map(([title]) => title).filter((title) => title.startsWith('Độ phù hợp: '));
    // The roster campaign comes first; men 0.3 of the 0.8 wanted → 20 × 0.3/0.8 = 7.5 instead of 17.5 → 70.
    expect(fitTitles).toEqual([
      'Độ phù hợp: Đã lưu trữ, có tham gia — 70 / 100',
      'Độ phù hợp: Ra mắt son mới — 80 / 100',
    ]);
    const firstFit = rows.findIndex(([title]) => title === fitTitles[1]);
    expect(rows[firstFit + 1]).toEqual(['Chiến dịch', 'nháp, đang cân nhắc']);
    expect(rows[firstFit + 2]).toEqual(['Khán giả lấy từ', 'tiktok @linh.lamdep']);
    expect(rows.slice(firstFit + 3, firstFit + 8).map(([label]) => label.split(' — ')[0])).toEqual([
      'Độ tuổi',
      'Giới tính',
      'Khu vực',
      'Sở thích',
      'Lĩnh vực',
    ]);
    expect(rows[firstFit + 7]?.[1]).toMatch(/^20,0 \/ 20,0 điểm\. /);
  });

  it('renders the same sections into the PDF', async () => {
    const pdf = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/dossier?format=pdf`,
      as: owner,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.length).toBeGreaterThan(5_000);
  });
});
