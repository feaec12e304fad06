import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let workspaceId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-contract-costs-demo@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Mẫu' },
  });
  workspaceId = workspace.json().id;
  ws = `/api/v1/workspaces/${workspaceId}`;
  const demo = await t.request({ method: 'POST', url: `${ws}/demo`, as: owner });
  expect(demo.statusCode).toBe(202);
});
afterAll(async () => {
  await t?.close();
});

describe('the demo workspace after contract payments became costs', () => {
  it('records each paid milestone as exactly one linked KOL-fee cost of its amount', async () => {
    const rows = await t.services.db.execute<{ paid: number; linked: number; mismatched: number }>(sql`
      select
        (select count(*)::int from contract_milestones where workspace_id = ${workspaceId} and paid_at is not null) as paid,
        (select count(*)::int from costs where workspace_id = ${workspaceId} and contract_milestone_id is not null) as linked,
        (select count(*)::int from costs k join contract_milestones m on m.id = k.contract_milestone_id
          where k.workspace_id = ${workspaceId}
            and (k.amount <> m.amount or k.category <> 'creator_fee' or m.paid_at is null)) as mismatched`);
    const counts = rows.rows[0];
    expect(counts?.paid).toBeGreaterThan(0);
    expect(counts).toEqual({ paid: counts?.paid, linked: counts?.paid, mismatched: 0 });
  });

  it('spends on every campaign exactly what its costs add up to, so no contract fee counts twice', async () => {
    const sums = await t.services.db.execute<{ campaign_id: string; total: number }>(sql`
      select c.id as campaign_id, coalesce(sum(k.amount), 0)::bigint::float8 as total
      from campaigns c left join costs k on k.campaign_id = c.id
      where c.workspace_id = ${workspaceId} group by c.id`);
    expect(sums.rows.length).toBeGreaterThan(0);
    for (const { campaign_id, total } of sums.rows) {
      const detail = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaign_id}`, as: owner });
      expect(detail.json().budgetSummary.spent, campaign_id).toBe(total);
    }
  });
});
