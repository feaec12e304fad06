import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../..', '../shared/spec');

let t: TestApp;
let owner: Session;
let ws: string;
let ownerId: string;
let launchId: string;
let repeatId: string;
/** The worked example's campaign totals (kpi-example.expected.json). */
let expected: { campaign: { conversions: number; engagements: number } };

interface TreeNode {
  id: string;
  name: string;
  parentId: string | null;
  owner: { id: string; name: string } | null;
  campaigns: { campaignId: string; value: number | null }[];
  progress: {
    actual: number | null;
    progress: number | null;
    status: string;
    rolledUpChildren: string[];
    excludedChildren: { id: string; reason: string }[];
  };
}

const MARCH = { periodStart: '2026-03-01', periodEnd: '2026-03-31' };

async function addNode(payload: Record<string, unknown>) {
  return t.request({
    method: 'POST',
    url: `${ws}/kpi-tree/nodes`,
    as: owner,
    payload: { ...MARCH, ...payload },
  });
}

function byName(nodes: TreeNode[], name: string): TreeNode {
  const node = nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node ${name}`);
  return node;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-north-star@example.vn');
  ownerId = (await t.request({ method: 'GET', url: '/api/v1/me', as: owner })).json().user.id;
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Mục tiêu' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const input = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  expected = JSON.parse(await readFile(resolve(specDir, 'kpi-example.expected.json'), 'utf8'));
  const importAs = async (name: string) => {
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/import-bundle`,
      as: owner,
      payload: { ...input, campaign: { ...input.campaign, name } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().campaignId as string;
  };
  launchId = await importAs('Ra mắt sữa hạt');
  repeatId = await importAs('Sữa hạt đợt 2');
});
afterAll(async () => {
  await t?.close();
});

describe('North Star and KPI tree', () => {
  it('builds company → team → individual and rolls conversions up from the campaigns', async () => {
    const company = await addNode({
      level: 'company',
      name: 'Đơn hàng quý',
      kpiId: 'conversions',
      target: 1_000,
    });
    expect(company.statusCode, company.body).toBe(201);
    const companyId = company.json().nodes[0].id;
    const team = await addNode({
      level: 'team',
      parentId: companyId,
      name: 'Nhóm KOL',
      kpiId: 'conversions',
      target: 600,
      campaigns: [{ campaignId: launchId }],
    });
    const teamId = byName(team.json().nodes, 'Nhóm KOL').id;
    await addNode({
      level: 'individual',
      parentId: teamId,
      name: 'Lan phụ trách đợt 2',
      kpiId: 'conversions',
      target: 280,
      ownerUserId: ownerId,
      campaigns: [{ campaignId: repeatId }],
    });
    const last = await addNode({
      level: 'team',
      parentId: companyId,
      name: 'Nhóm nội dung',
      kpiId: 'engagements',
      target: 12_000,
      // The second import took over the bundle's posts (matched by URL), so its campaign holds the engagements.
      campaigns: [{ campaignId: repeatId }],
    });
    expect(last.statusCode, last.body).toBe(201);

    const tree: TreeNode[] = (await t.request({ method: 'GET', url: `${ws}/kpi-tree`, as: owner })).json()
      .nodes;
    const conversions = expected.campaign.conversions;
    const person = byName(tree, 'Lan phụ trách đợt 2');
    expect(person.campaigns).toEqual([expect.objectContaining({ campaignId: repeatId, value: conversions })]);
    expect(person.owner).toEqual({ id: ownerId, name: 'Chủ' });
    // March is over, so each goal is judged against its whole target.
    expect(person.progress).toMatchObject({
      actual: conversions,
      progress: conversions / 280,
      status: 'on_track',
    });
    const kolTeam = byName(tree, 'Nhóm KOL');
    expect(kolTeam.progress.actual).toBe(2 * conversions);
    expect(kolTeam.progress.status).toBe('at_risk'); // 562 of 600 = 93.7 %
    const contentTeam = byName(tree, 'Nhóm nội dung');
    expect(contentTeam.progress.actual).toBe(expected.campaign.engagements);
    expect(contentTeam.progress.status).toBe('ahead'); // 12,781 of 12,000
    const root = byName(tree, 'Đơn hàng quý');
    expect(root.progress.actual).toBe(2 * conversions);
    expect(root.progress.status).toBe('off_track'); // 562 of 1,000
    expect(root.progress.rolledUpChildren).toEqual([kolTeam.id]);
    expect(root.progress.excludedChildren).toEqual([{ id: contentTeam.id, reason: 'different_kpi' }]);
    expect(tree.map((n) => n.name)).toEqual([
      'Đơn hàng quý',
      'Nhóm KOL',
      'Lan phụ trách đợt 2',
      'Nhóm nội dung',
    ]);
  });

  it('updates a goal inline and re-reads its progress', async () => {
    const tree: TreeNode[] = (await t.request({ method: 'GET', url: `${ws}/kpi-tree`, as: owner })).json()
      .nodes;
    const team = byName(tree, 'Nhóm KOL');
    const updated = await t.request({
      method: 'PATCH',
      url: `${ws}/kpi-tree/nodes/${team.id}`,
      as: owner,
      payload: { target: 560 },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(byName(updated.json().nodes, 'Nhóm KOL').progress.status).toBe('on_track'); // 562 of 560
  });

  it('keeps the tree in shape: one North Star, levels in order, members as owners, compatible KPIs', async () => {
    const tree: TreeNode[] = (await t.request({ method: 'GET', url: `${ws}/kpi-tree`, as: owner })).json()
      .nodes;
    const rootId = byName(tree, 'Đơn hàng quý').id;
    const second = await addNode({ level: 'company', name: 'Thêm', kpiId: 'revenue', target: 1 });
    expect(second.statusCode).toBe(409);
    const skipped = await addNode({
      level: 'individual',
      parentId: rootId,
      name: 'X',
      kpiId: 'conversions',
      target: 1,
    });
    expect(skipped.json().error.details).toEqual([
      {
        path: 'body.parentId',
        message: 'a individual node belongs under a team node, not under a company node',
      },
    ]);
    const stranger = await addNode({
      level: 'team',
      parentId: rootId,
      name: 'X',
      kpiId: 'conversions',
      target: 1,
      ownerUserId: 'not-a-member',
    });
    expect(stranger.json().error.details).toEqual([
      { path: 'body.ownerUserId', message: 'not a member of this workspace' },
    ]);
    const mismatch = await addNode({
      level: 'team',
      parentId: rootId,
      name: 'X',
      kpiId: 'conversions',
      target: 1,
      campaigns: [{ campaignId: launchId, kpiId: 'engagement_rate' }],
    });
    expect(mismatch.json().error.details[0].path).toBe('body.campaigns.0.kpiId');
  });

  it('removes a team with the goals under it', async () => {
    const tree: TreeNode[] = (await t.request({ method: 'GET', url: `${ws}/kpi-tree`, as: owner })).json()
      .nodes;
    const removed = await t.request({
      method: 'DELETE',
      url: `${ws}/kpi-tree/nodes/${byName(tree, 'Nhóm KOL').id}`,
      as: owner,
    });
    expect(removed.statusCode).toBe(204);
    const after: TreeNode[] = (await t.request({ method: 'GET', url: `${ws}/kpi-tree`, as: owner })).json()
      .nodes;
    expect(after.map((n) => n.name)).toEqual(['Đơn hàng quý', 'Nhóm nội dung']);
    expect(byName(after, 'Đơn hàng quý').progress.actual).toBeNull();
  });
});
