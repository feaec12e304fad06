import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MIGRATIONS_DIR } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../../../shared/spec');

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let creatorId: string;
let contractId: string;
let bundleInput: Record<string, unknown>;

// The worked example (shared/spec/kpi-example): costs 150 million VND, 281 approved orders, revenue 84.3 million.
const EXAMPLE_COST = 150_000_000;
const EXAMPLE_ORDERS = 281;
const EXAMPLE_REVENUE = 84_300_000;
// 2,810,000 / 281 orders = exactly 10,000 VND more per order.
const DEPOSIT = 2_810_000;

async function newWorkspace(name: string): Promise<string> {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name },
  });
  return `/api/v1/workspaces/${created.json().id}`;
}

async function costEfficiency(base = ws, campaign = campaignId) {
  const r = await t.request({ method: 'GET', url: `${base}/campaigns/${campaign}/dashboard`, as: owner });
  expect(r.statusCode, r.body).toBe(200);
  const values = r.json().costEfficiency as {
    id: string;
    value: number | null;
    inputs: Record<string, number>;
  }[];
  return Object.fromEntries(values.map((v) => [v.id, v]));
}

async function budget() {
  const r = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner });
  const summary = r.json().budgetSummary as {
    spent: number;
    categories: { category: string; spent: number }[];
  };
  return {
    spent: summary.spent,
    fees: summary.categories.find((c) => c.category === 'creator_fee')?.spent ?? 0,
  };
}

async function costs() {
  const r = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/costs`, as: owner });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items as {
    id: string;
    category: string;
    amount: number;
    incurredOn: string;
    creatorId: string | null;
    note: string | null;
    contract: { id: string; title: string | null; milestoneId: string; milestoneLabel: string } | null;
  }[];
}

async function setMilestones(milestones: { label: string; amount: number; paidAt?: string | null }[]) {
  const r = await t.request({
    method: 'PATCH',
    url: `${ws}/contracts/${contractId}`,
    as: owner,
    payload: { milestones },
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-contract-costs@example.vn');
  ws = await newWorkspace('Hợp đồng và chi phí');
  bundleInput = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  const imported = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/import-bundle`,
    as: owner,
    payload: bundleInput,
  });
  expect(imported.statusCode, imported.body).toBe(201);
  campaignId = imported.json().campaignId;
  const detail = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner });
  creatorId = detail.json().creators[0].creatorId;
  const contract = await t.request({
    method: 'POST',
    url: `${ws}/contracts`,
    as: owner,
    payload: {
      campaignId,
      creatorId,
      title: 'Hợp đồng sữa hạt',
      status: 'signed',
      signedOn: '2026-03-01',
      fee: 8_000_000,
      milestones: [
        { label: 'Đặt cọc', amount: DEPOSIT },
        { label: 'Phần còn lại', amount: 5_190_000 },
      ],
    },
  });
  expect(contract.statusCode, contract.body).toBe(201);
  contractId = contract.json().id;
});
afterAll(() => t.close());

describe('contract payments are costs', () => {
  it('adds nothing to the costs while no milestone is paid', async () => {
    expect((await costEfficiency()).cpa?.inputs.cost).toBe(EXAMPLE_COST);
    expect((await budget()).spent).toBe(EXAMPLE_COST);
  });

  it('marking a milestone paid moves the dashboard’s cost, CPA, ROI and the budget’s spent by exactly its amount', async () => {
    const before = await budget();
    // 18:30 UTC on 4 March is already 5 March in Hồ Chí Minh City.
    await setMilestones([
      { label: 'Đặt cọc', amount: DEPOSIT, paidAt: '2026-03-04T18:30:00Z' },
      { label: 'Phần còn lại', amount: 5_190_000 },
    ]);
    const after = await costEfficiency();
    expect(after.cpa?.inputs.cost).toBe(EXAMPLE_COST + DEPOSIT);
    expect(after.cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS + 10_000, 6);
    expect(after.roi?.value).toBeCloseTo(
      ((EXAMPLE_REVENUE - (EXAMPLE_COST + DEPOSIT)) / (EXAMPLE_COST + DEPOSIT)) * 100,
      6,
    );
    expect(await budget()).toEqual({ spent: before.spent + DEPOSIT, fees: before.fees + DEPOSIT });
    const fromContract = (await costs()).filter((c) => c.contract !== null);
    expect(fromContract).toHaveLength(1);
    expect(fromContract[0]).toMatchObject({
      category: 'creator_fee',
      amount: DEPOSIT,
      incurredOn: '2026-03-05',
      creatorId,
      note: 'Hợp đồng sữa hạt · Đặt cọc',
      contract: { id: contractId, title: 'Hợp đồng sữa hạt', milestoneLabel: 'Đặt cọc' },
    });
  });

  it('refuses to change or delete a contract’s cost in the cost list, pointing at the milestone', async () => {
    const [cost] = (await costs()).filter((c) => c.contract !== null);
    const url = `${ws}/campaigns/${campaignId}/costs/${cost?.id}`;
    const patched = await t.request({ method: 'PATCH', url, as: owner, payload: { amount: 1 } });
    expect(patched.statusCode).toBe(409);
    expect(patched.json().error.message).toContain('Đặt cọc');
    const deleted = await t.request({ method: 'DELETE', url, as: owner });
    expect(deleted.statusCode).toBe(409);
    expect((await costs()).find((c) => c.id === cost?.id)?.amount).toBe(DEPOSIT);
  });

  it('changing a paid milestone’s amount updates the same cost', async () => {
    const [before] = (await costs()).filter((c) => c.contract !== null);
    await setMilestones([
      { label: 'Đặt cọc', amount: 5_620_000, paidAt: '2026-03-04T18:30:00Z' },
      { label: 'Phần còn lại', amount: 2_380_000 },
    ]);
    const fromContract = (await costs()).filter((c) => c.contract !== null);
    expect(fromContract.map((c) => [c.id, c.amount])).toEqual([[before?.id, 5_620_000]]);
    // 5,620,000 / 281 = 20,000 per order.
    expect((await costEfficiency()).cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS + 20_000, 6);
    expect((await budget()).spent).toBe(EXAMPLE_COST + 5_620_000);
  });

  it('un-marking the payment moves the cost, CPA and spent back exactly', async () => {
    await setMilestones([
      { label: 'Đặt cọc', amount: 5_620_000, paidAt: null },
      { label: 'Phần còn lại', amount: 2_380_000 },
    ]);
    const after = await costEfficiency();
    expect(after.cpa?.inputs.cost).toBe(EXAMPLE_COST);
    expect(after.cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS, 6);
    expect(await budget()).toEqual({ spent: EXAMPLE_COST, fees: 21_000_000 + 120_000_000 });
    expect((await costs()).filter((c) => c.contract !== null)).toEqual([]);
  });

  it('removing a paid milestone or deleting the contract removes its cost, and every step is audited', async () => {
    await setMilestones([
      { label: 'Đặt cọc', amount: 5_620_000, paidAt: '2026-03-04T18:30:00Z' },
      { label: 'Phần còn lại', amount: 2_380_000, paidAt: '2026-04-01T03:00:00Z' },
    ]);
    expect((await budget()).spent).toBe(EXAMPLE_COST + 8_000_000);
    await setMilestones([{ label: 'Đặt cọc', amount: 5_620_000, paidAt: '2026-03-04T18:30:00Z' }]);
    expect((await budget()).spent).toBe(EXAMPLE_COST + 5_620_000);
    const removed = await t.request({ method: 'DELETE', url: `${ws}/contracts/${contractId}`, as: owner });
    expect(removed.statusCode).toBe(204);
    expect((await budget()).spent).toBe(EXAMPLE_COST);
    expect((await costEfficiency()).cpa?.inputs.cost).toBe(EXAMPLE_COST);

    const log = await t.request({
      method: 'GET',
      url: `${ws}/audit-log?entityType=cost&limit=100`,
      as: owner,
    });
    const actions = (log.json().items as { action: string }[]).map((e) => e.action).reverse();
    // paid → amount changed → un-marked → two paid → second removed → contract deleted (manual 409s wrote nothing)
    expect(actions).toEqual([
      'cost.create',
      'cost.update',
      'cost.delete',
      'cost.create',
      'cost.create',
      'cost.delete',
      'cost.delete',
    ]);
  });
});

describe('a campaign bundle with contract payments', () => {
  it('exports a paid milestone as a cost, moves to another workspace with the same KPIs and re-imports without doubling', async () => {
    const contract = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: {
        campaignId,
        creatorId,
        status: 'signed',
        signedOn: '2026-03-01',
        fee: DEPOSIT,
        milestones: [{ label: 'Trọn gói', amount: DEPOSIT, paidAt: '2026-03-02T03:00:00Z' }],
      },
    });
    expect(contract.statusCode, contract.body).toBe(201);
    const kpisHere = await costEfficiency();
    expect(kpisHere.cpa?.inputs.cost).toBe(EXAMPLE_COST + DEPOSIT);

    const exported = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/bundle`,
      as: owner,
    });
    expect(exported.statusCode, exported.body).toBe(200);
    const bundle = exported.json();
    expect(bundle.costs.reduce((sum: number, c: { amount: number }) => sum + c.amount, 0)).toBe(
      EXAMPLE_COST + DEPOSIT,
    );

    const target = await newWorkspace('Đích');
    const moved = await t.request({
      method: 'POST',
      url: `${target}/campaigns/import-bundle`,
      as: owner,
      payload: bundle,
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(await costEfficiency(target, moved.json().campaignId)).toStrictEqual(kpisHere);

    for (let i = 0; i < 2; i++) {
      const again = await t.request({
        method: 'PUT',
        url: `${ws}/campaigns/${campaignId}/bundle`,
        as: owner,
        payload: bundle,
      });
      expect(again.statusCode, again.body).toBe(200);
    }
    const counts = await t.services.db.execute<{ costs: number; linked: number }>(sql`
      select count(*)::int as costs, count(contract_milestone_id)::int as linked
      from costs where campaign_id = ${campaignId}`);
    expect(counts.rows[0]).toEqual({ costs: 5, linked: 1 });
    expect(await costEfficiency()).toStrictEqual(kpisHere);
  });
});

describe('the migration that made contract payments costs', () => {
  it('gives a milestone paid before it existed its KOL-fee cost on the paid day, once', async () => {
    const contract = await t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { campaignId, creatorId, fee: 3_000_000, milestones: [{ label: 'Cũ', amount: 3_000_000 }] },
    });
    expect(contract.statusCode, contract.body).toBe(201);
    const milestoneId = contract.json().milestones[0].id;
    // Paid the way it was before costs followed milestones: straight on the milestone, with no cost.
    await t.services.db.execute(
      sql`update contract_milestones set paid_at = '2026-02-10T17:30:00Z' where id = ${milestoneId}`,
    );
    const migration = await readFile(resolve(MIGRATIONS_DIR, '0023_contract_milestone_costs.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').at(-1) ?? '';
    for (let i = 0; i < 2; i++) await t.services.db.execute(sql.raw(backfill));
    const rows = await t.services.db.execute<{
      amount: number;
      day: string;
      category: string;
      note: string;
    }>(sql`
      select amount::int as amount, incurred_on::text as day, category, note
      from costs where contract_milestone_id = ${milestoneId}`);
    expect(rows.rows).toEqual([
      { amount: 3_000_000, day: '2026-02-11', category: 'creator_fee', note: `${await creatorName()} · Cũ` },
    ]);
  });
});

async function creatorName(): Promise<string> {
  const r = await t.request({ method: 'GET', url: `${ws}/creators/${creatorId}`, as: owner });
  return r.json().name;
}
