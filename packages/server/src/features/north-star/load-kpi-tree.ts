import { getKpiDefinition, type KpiId, KpiIdSchema } from '@lantoa/core/kpi';
import { computeKpiTreeProgress, type KpiTreeNodeInput } from '@lantoa/core/north-star';
import type { Db } from '@lantoa/db';
import { campaigns, kpiTreeNodeCampaigns, kpiTreeNodes, users } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { workspaceToday } from '../contracts/workspace-today';
import { type CampaignKpiValue, campaignKpiReader } from './campaign-kpi-values';
import type { TKpiTree } from './kpi-tree-schemas';

type NodeRow = typeof kpiTreeNodes.$inferSelect;

function kpiOf(id: string): KpiId {
  const parsed = KpiIdSchema.safeParse(id);
  if (!parsed.success) throw new Error(`unknown KPI ${id} stored in the KPI tree`);
  return parsed.data;
}

/** Parents before children; siblings by position, then age. */
function treeOrder(rows: NodeRow[]): NodeRow[] {
  const sorted = [...rows].sort(
    (a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const ordered: NodeRow[] = [];
  const visit = (parentId: string | null) => {
    for (const row of sorted.filter((r) => r.parentId === parentId)) {
      ordered.push(row);
      visit(row.id);
    }
  };
  visit(null);
  return ordered;
}

/** The workspace's KPI tree with each node's campaigns, rolled-up actual, progress and pacing status today. */
export async function loadKpiTree(db: Db, workspaceId: string, now = new Date()): Promise<TKpiTree> {
  const [rows, links, today] = await Promise.all([
    db
      .select({ node: kpiTreeNodes, ownerName: users.name })
      .from(kpiTreeNodes)
      .leftJoin(users, eq(users.id, kpiTreeNodes.ownerUserId))
      .where(eq(kpiTreeNodes.workspaceId, workspaceId)),
    db
      .select({ link: kpiTreeNodeCampaigns, name: campaigns.name })
      .from(kpiTreeNodeCampaigns)
      .innerJoin(campaigns, eq(campaigns.id, kpiTreeNodeCampaigns.campaignId))
      .where(and(eq(kpiTreeNodeCampaigns.workspaceId, workspaceId), eq(campaigns.workspaceId, workspaceId)))
      .orderBy(asc(campaigns.name)),
    workspaceToday(db, workspaceId, now),
  ]);
  const ordered = treeOrder(rows.map((r) => r.node));
  const ownerNames = new Map(rows.map((r) => [r.node.id, r.ownerName]));
  const read = campaignKpiReader(db, workspaceId);
  const values = new Map<
    string,
    (CampaignKpiValue & { campaignId: string; name: string; kpiId: string })[]
  >();
  for (const node of ordered) {
    const own = links.filter((l) => l.link.nodeId === node.id);
    const feed = [];
    for (const { link, name } of own) {
      const value = await read(link.campaignId, kpiOf(link.kpiId), {
        start: node.periodStart,
        end: node.periodEnd,
      });
      feed.push({ campaignId: link.campaignId, name, kpiId: link.kpiId, ...value });
    }
    values.set(node.id, feed);
  }
  const inputs: KpiTreeNodeInput[] = ordered.map((node) => ({
    id: node.id,
    parentId: node.parentId,
    kpiId: kpiOf(node.kpiId),
    target: node.target,
    periodStart: node.periodStart,
    periodEnd: node.periodEnd,
    weight: node.weight,
    campaignValues: (values.get(node.id) ?? []).map((v) => v.value),
  }));
  const progress = computeKpiTreeProgress(inputs, today);
  return {
    today,
    computedAt: now.toISOString(),
    nodes: ordered.map((node) => {
      const definition = getKpiDefinition(kpiOf(node.kpiId));
      const nodeProgress = progress.get(node.id);
      if (!nodeProgress) throw new Error(`no progress computed for node ${node.id}`);
      const ownerName = ownerNames.get(node.id);
      return {
        id: node.id,
        parentId: node.parentId,
        level: node.level,
        name: node.name,
        kpi: {
          id: definition.id,
          name: definition.name,
          unit: definition.unit,
          direction: definition.direction,
          formulaText: definition.formulaText,
        },
        target: node.target,
        periodStart: node.periodStart,
        periodEnd: node.periodEnd,
        owner: node.ownerUserId && ownerName ? { id: node.ownerUserId, name: ownerName } : null,
        weight: node.weight,
        campaigns: values.get(node.id) ?? [],
        progress: nodeProgress,
      };
    }),
  };
}

export async function loadKpiTreeNode(db: Db, workspaceId: string, nodeId: string): Promise<NodeRow> {
  const [node] = await db
    .select()
    .from(kpiTreeNodes)
    .where(and(eq(kpiTreeNodes.id, nodeId), eq(kpiTreeNodes.workspaceId, workspaceId)));
  if (!node) throw AppError.notFound('KPI tree node');
  return node;
}
