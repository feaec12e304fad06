import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractAlertScan } from '../src/features/contracts/contract-alert-scan';
import { localDay } from '../src/features/contracts/workspace-today';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let linhId: string;
let minhId: string;

async function createCreator(name: string, handle: string): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name, accounts: [{ platform: 'tiktok', handle }] },
  });
  return response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-contracts@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Hợp đồng' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: {
      name: 'Serum Tết',
      brand: 'Cỏ Mềm',
      budgetAmount: 100_000_000,
      budgetLines: [
        { category: 'creator_fee', planned: 30_000_000 },
        { category: 'media', planned: 20_000_000 },
      ],
    },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  campaignId = campaign.json().id;
  linhId = await createCreator('Linh Nguyễn', 'linh.review');
  minhId = await createCreator('Minh Trần', 'minh.daily');
  const assigned = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/${campaignId}/creators`,
    as: owner,
    payload: { creators: [{ creatorId: linhId }] },
  });
  expect(assigned.statusCode, assigned.body).toBeLessThan(300);
});
afterAll(async () => {
  await t?.close();
});

const fullContract = () => ({
  campaignId,
  creatorId: linhId,
  title: 'Hợp đồng quảng bá Serum Tết',
  fee: 20_000_000,
  deliverables: [
    { type: 'video', platform: 'tiktok', count: 2 },
    { type: 'story', platform: 'instagram', count: 3 },
  ],
  milestones: [
    { label: 'Tạm ứng 50 %', amount: 10_000_000, dueOn: '2026-01-10', paidAt: '2026-01-09T03:00:00Z' },
    { label: 'Thanh toán sau nghiệm thu', amount: 10_000_000, dueOn: '2026-02-15' },
  ],
  exclusivityStart: '2026-01-15',
  exclusivityEnd: '2026-03-15',
  competitors: ['Hoa Nắng', 'Sen Việt'],
  scandalClause: 'Hoàn lại 100 % phí nếu vi phạm pháp luật hoặc gây khủng hoảng truyền thông.',
  contentApprovalClause: 'Nhãn hàng duyệt bản nháp trong 48 giờ trước khi đăng.',
  usageRightsChannels: ['facebook_ads', 'website'],
  usageRightsExpiresOn: '2026-07-15',
});

describe('contracts', () => {
  it('creates a draft contract with every term and lists it by campaign and by creator', async () => {
    const created = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: fullContract(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const contract = created.json();
    expect(contract).toMatchObject({
      status: 'draft',
      fee: 20_000_000,
      paid: 10_000_000,
      signedOn: null,
      campaign: { id: campaignId, name: 'Serum Tết', brand: 'Cỏ Mềm' },
      creator: { id: linhId, name: 'Linh Nguyễn' },
      competitors: ['Hoa Nắng', 'Sen Việt'],
      usageRightsExpiresOn: '2026-07-15',
    });
    expect(contract.milestones.map((m: { label: string }) => m.label)).toEqual([
      'Tạm ứng 50 %',
      'Thanh toán sau nghiệm thu',
    ]);
    const byCampaign = await t.request({
      method: 'GET',
      url: `${ws}/contracts?campaignId=${campaignId}`,
      as: owner,
    });
    expect(byCampaign.json().items.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    const byOther = await t.request({ method: 'GET', url: `${ws}/contracts?creatorId=${minhId}`, as: owner });
    expect(byOther.json().items).toEqual([]);
  });

  it('says which field is wrong when the terms do not add up', async () => {
    const overpaid = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { ...fullContract(), fee: 15_000_000 },
    });
    expect(overpaid.statusCode).toBe(400);
    expect(overpaid.json().error.details).toEqual([
      {
        path: 'body.milestones',
        message: 'payments add up to 20.000.000 ₫, more than the fee of 15.000.000 ₫',
      },
    ]);
    const reversed = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { ...fullContract(), exclusivityEnd: '2026-01-01' },
    });
    expect(reversed.json().error.details[0].path).toBe('body.exclusivityEnd');
    const ghost = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { ...fullContract(), creatorId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(ghost.statusCode).toBe(404);
  });

  it('feeds signed fees into committed and paid milestones into spent on the campaign budget', async () => {
    const before = (
      await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner })
    ).json();
    const feeLineBefore = before.budgetSummary.categories.find(
      (c: { category: string }) => c.category === 'creator_fee',
    );
    expect(feeLineBefore.committed).toBeNull();

    const [draft] = (
      await t.request({ method: 'GET', url: `${ws}/contracts?creatorId=${linhId}`, as: owner })
    ).json().items;
    const signed = await t.request({
      method: 'PATCH',
      url: `${ws}/contracts/${draft.id}`,
      as: owner,
      payload: { status: 'signed' },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const second = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { campaignId, creatorId: minhId, fee: 15_000_000, status: 'signed', signedOn: '2026-01-05' },
    });
    expect(second.json().signedOn).toBe('2026-01-05');

    const after = (
      await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner })
    ).json();
    const feeLine = after.budgetSummary.categories.find(
      (c: { category: string }) => c.category === 'creator_fee',
    );
    // 20 M + 15 M signed against 30 M planned; 10 M advance paid.
    expect(feeLine).toMatchObject({ planned: 30_000_000, committed: 35_000_000, spent: 10_000_000 });
    expect(after.budgetSummary.warnings).toContainEqual(
      expect.objectContaining({
        code: 'committed_above_planned',
        category: 'creator_fee',
        committed: 35_000_000,
      }),
    );
    // Linh was selected without a fee; the signed contract now says what she costs.
    const linh = after.creators.find((c: { creatorId: string }) => c.creatorId === linhId);
    expect(linh.fee).toBe(20_000_000);
  });

  it('drops a cancelled contract from the committed budget', async () => {
    const [minhContract] = (
      await t.request({ method: 'GET', url: `${ws}/contracts?creatorId=${minhId}`, as: owner })
    ).json().items;
    await t.request({
      method: 'PATCH',
      url: `${ws}/contracts/${minhContract.id}`,
      as: owner,
      payload: { status: 'cancelled' },
    });
    const after = (
      await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner })
    ).json();
    const feeLine = after.budgetSummary.categories.find(
      (c: { category: string }) => c.category === 'creator_fee',
    );
    expect(feeLine.committed).toBe(20_000_000);
    expect(after.budgetSummary.warnings).not.toContainEqual(
      expect.objectContaining({ code: 'committed_above_planned', category: 'creator_fee' }),
    );
  });

  it('notifies before usage rights end and when a payment falls due, once per date', async () => {
    const now = new Date('2026-06-20T02:00:00Z'); // 09:00 in Hồ Chí Minh City
    const today = localDay(now, 'Asia/Ho_Chi_Minh');
    expect(today).toBe('2026-06-20');
    const created = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: {
        campaignId,
        creatorId: linhId,
        title: 'Quyền dùng lại video Linh',
        fee: 4_000_000,
        status: 'signed',
        usageRightsExpiresOn: '2026-07-01',
        milestones: [
          { label: 'Thanh toán đợt 1', amount: 2_000_000, dueOn: '2026-06-22' },
          { label: 'Thanh toán đợt 2', amount: 2_000_000, dueOn: '2026-08-01' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const later = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: {
        campaignId,
        creatorId: minhId,
        fee: 1_000_000,
        status: 'signed',
        usageRightsExpiresOn: '2026-12-31',
      },
    });
    expect(later.statusCode, later.body).toBe(201);
    const deps = { db: t.services.db, log: t.services.log };
    const first = await runContractAlertScan(deps, now);
    const again = await runContractAlertScan(deps, now);
    expect(again.created).toBe(0);
    const list = await t.request({ method: 'GET', url: `${ws}/notifications`, as: owner });
    expect(list.statusCode, list.body).toBe(200);
    const mine = list
      .json()
      .items.filter((n: { entityId: string }) => n.entityId === created.json().id)
      .map((n: { kind: string; data: { daysLeft: number; title: string } }) => [
        n.kind,
        n.data.daysLeft,
        n.data.title,
      ]);
    // Rights end in 11 days (within 14); payment 1 is due in 2 days (within 3); payment 2 is weeks away.
    expect(mine.sort()).toEqual([
      ['payment_due', 2, 'Quyền dùng lại video Linh'],
      ['usage_rights_expiring', 11, 'Quyền dùng lại video Linh'],
    ]);
    expect(first.created).toBeGreaterThanOrEqual(2);
    const quiet = list.json().items.filter((n: { entityId: string }) => n.entityId === later.json().id);
    expect(quiet).toEqual([]);
  });

  it('deletes a contract with its attachments and records every change in the audit log', async () => {
    const created = (
      await t.request({
        method: 'POST',
        url: `${ws}/contracts`,
        as: owner,
        payload: { campaignId, creatorId: minhId, fee: 1_000_000 },
      })
    ).json();
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 x'], { type: 'application/pdf' }), 'x.pdf');
    const attachment = (
      await t.request({
        method: 'POST',
        url: `${ws}/contracts/${created.id}/attachments`,
        as: owner,
        payload: form,
      })
    ).json();
    const removed = await t.request({ method: 'DELETE', url: `${ws}/contracts/${created.id}`, as: owner });
    expect(removed.statusCode).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: `${ws}/contracts/${created.id}`, as: owner })).statusCode,
    ).toBe(404);
    const workspaceId = ws.split('/').pop() ?? '';
    const key = `${workspaceId}/${attachment.id}`;
    const { attachmentStorageFor } = await import('../src/storage/storage-for-config');
    expect(await attachmentStorageFor(t.services.config).get(key)).toBeNull();
    const audit = await t.request({ method: 'GET', url: `${ws}/audit-log?limit=100`, as: owner });
    const actions = audit.json().items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['contract.create', 'contract.update', 'contract.delete']),
    );
  });
});
