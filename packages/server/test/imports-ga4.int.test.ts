import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
const creatorIds: Record<string, string> = {};

/** A GA4 export from the Vietnamese interface: "#" metadata lines, a total row and one impossible date. */
const GA4_VI = readFileSync(new URL('./fixtures/imports/ga4-vi.csv', import.meta.url));

interface Kpi {
  value: number | null;
  inputs: Record<string, number>;
}

async function startImport(bytes: Buffer, fixed: Record<string, string>) {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/imports`,
    as: owner,
    payload: { kind: 'ga4', fileName: 'ga4.csv' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await t.request({
    method: 'PUT',
    url: `${ws}/imports/${id}/file`,
    as: owner,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  const preview = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/preview`,
    as: owner,
    payload: { fixed },
  });
  expect(preview.statusCode, preview.body).toBe(200);
  return { id, preview: preview.json() };
}

async function runImport(id: string) {
  const run = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/run`,
    as: owner,
    payload: { onDuplicate: 'update' },
  });
  expect(run.statusCode, run.body).toBe(202);
  const job = await t.request({ method: 'GET', url: `${ws}/jobs/${run.json().jobId}`, as: owner });
  expect(job.json().status, job.body).toBe('succeeded');
  return (await t.request({ method: 'GET', url: `${ws}/imports/${id}`, as: owner })).json().result;
}

async function kpiResponse(query = '') {
  const response = await t.request({
    method: 'GET',
    url: `${ws}/campaigns/${campaignId}/kpis${query}`,
    as: owner,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { campaign: Record<string, Kpi>; creators: Record<string, Record<string, Kpi>> };
}

const kpis = async () => (await kpiResponse()).campaign;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Phân Tích', 'owner-ga4@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'GA4' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  campaignId = (
    await t.request({
      method: 'POST',
      url: `${ws}/campaigns`,
      as: owner,
      payload: { name: 'Son Tết', objectives: ['engagement'] },
    })
  ).json().id;
  for (const [name, handle, content] of [
    ['Lan Anh', 'lananh.review', 'lananh'],
    ['Minh Khoa', 'minhkhoa.food', 'minhkhoa'],
  ] as const) {
    const creator = await t.request({
      method: 'POST',
      url: `${ws}/creators`,
      as: owner,
      payload: { name, accounts: [{ platform: 'tiktok', handle }] },
    });
    expect(creator.statusCode, creator.body).toBe(201);
    creatorIds[content] = creator.json().id;
    const link = await t.request({
      method: 'POST',
      url: `${ws}/links`,
      as: owner,
      payload: {
        campaignId,
        creatorId: creator.json().id,
        destinationUrl: 'https://sonmoiviet.vn/son-tet',
        utm: { source: 'tiktok', medium: 'referral', content },
      },
    });
    expect(link.statusCode, link.body).toBe(201);
  }
  // Lan Anh posted in the campaign, so the KPIs list her as one of its creators.
  const post = await t.request({
    method: 'POST',
    url: `${ws}/posts`,
    as: owner,
    payload: { url: 'https://www.tiktok.com/@lananh.review/video/7301234567890123456', campaignId },
  });
  expect(post.statusCode, post.body).toBe(201);
});
afterAll(() => t.close());

describe('GA4 export import', () => {
  it('skips the metadata lines, rejects the total row and the bad date, and matches rows to creators', async () => {
    const { preview } = await startImport(GA4_VI, { campaign: campaignId });
    expect(preview.headerRowNumber).toBe(9);
    expect(preview.mapping).toEqual([
      'sourceMedium',
      'content',
      'date',
      'sessions',
      'bounceRate',
      'avgEngagementTime',
    ]);
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.validCount).toBe(3);
    expect(preview.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [13, 'Phiên'],
      [14, 'Ngày'],
    ]);
    expect(preview.notes).toEqual([
      '1800 sessions in 3 rows',
      "2 rows matched to a creator by the campaign's tracked links; 1 stay at campaign level",
    ]);
  });

  it('reads the same export re-saved by Excel with semicolons and a byte-order mark', async () => {
    const semicolons = GA4_VI.toString()
      .split('\n')
      .map((line) => (line.startsWith('#') ? line : line.replaceAll(',', ';')))
      .join('\n')
      .replace('"40;0%"', '40,0%');
    const { preview } = await startImport(Buffer.from(`\uFEFF${semicolons}`), { campaign: campaignId });
    expect(preview.headerRowNumber).toBe(9);
    expect([preview.validCount, preview.rejectedCount]).toEqual([3, 2]);
  });

  it('asks for the campaign when none is chosen', async () => {
    const { preview } = await startImport(GA4_VI, {});
    expect(preview.mappingProblems).toEqual(['choose the campaign the visits belong to']);
    expect([preview.validCount, preview.rejectedCount]).toEqual([3, 2]);
  });

  it('gives the bounce rate and time on page the export implies, per campaign and per creator', async () => {
    const { id } = await startImport(GA4_VI, { campaign: campaignId });
    const result = await runImport(id);
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0, matchedToCreator: 2, rejected: 2 });
    const campaign = await kpis();
    // bounces 1,000 × 0.4 + 500 × 0.5 + 300 × 0.2 = 710 of 1,800 sessions
    expect(campaign.bounce_rate?.value).toBeCloseTo((710 / 1800) * 100, 9);
    expect(campaign.bounce_rate?.inputs).toMatchObject({ bounces: 710, sessions: 1800 });
    // time 1,000 × 60 + 500 × 30 + 300 × 20 = 81,000 s over 1,800 sessions
    expect(campaign.avg_time_on_page?.value).toBeCloseTo(45, 9);
    const lan = Object.values((await kpiResponse(`?creator=${creatorIds.lananh}`)).creators)[0];
    expect(lan?.bounce_rate?.value).toBeCloseTo(40, 9);
    expect(lan?.avg_time_on_page?.value).toBeCloseTo(60, 9);
  });

  it('changes nothing when the same export is imported again, and updates a day a later export revises', async () => {
    const { id, preview } = await startImport(GA4_VI, { campaign: campaignId });
    expect(preview.existingCount).toBe(3);
    expect(await runImport(id)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect((await kpis()).bounce_rate?.inputs).toMatchObject({ bounces: 710, sessions: 1800 });
    const revised = Buffer.from(
      GA4_VI.toString().replace(
        'google / organic,(not set),20260302,300,0.2,20',
        'google / organic,(not set),20260302,400,0.25,20',
      ),
    );
    const again = await startImport(revised, { campaign: campaignId });
    expect(await runImport(again.id)).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    // 400 × 0.25 = 100 bounces instead of 60; 400 sessions instead of 300
    expect((await kpis()).bounce_rate?.inputs).toMatchObject({ bounces: 750, sessions: 1900 });
  });

  it('rejects every row when the chosen campaign belongs to no campaign of the workspace', async () => {
    const { id, preview } = await startImport(GA4_VI, { campaign: '00000000-0000-4000-8000-000000000000' });
    expect(preview.notes).toEqual(['the chosen campaign is not in this workspace']);
    const result = await runImport(id);
    expect(result).toMatchObject({ created: 0, rejected: 5 });
  });
});
