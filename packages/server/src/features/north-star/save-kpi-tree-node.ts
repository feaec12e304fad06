import type { KpiId } from '@lantoa/core/kpi';
import type { Db } from '@lantoa/db';
import { campaigns, kpiTreeNodeCampaigns, members } from '@lantoa/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, type ErrorDetail } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { linkProblem, periodProblem } from './node-rules';

export interface NodeTerms {
  kpiId: KpiId;
  periodStart: string;
  periodEnd: string;
  ownerUserId: string | null;
  campaigns: { campaignId: string; kpiId?: KpiId | undefined }[];
}

/** Checks what a node refers to: its period, owner (a member), campaigns (of this workspace) and their KPIs. */
export async function assertNodeTerms(db: Db, workspaceId: string, terms: NodeTerms): Promise<void> {
  const problems: ErrorDetail[] = [];
  const period = periodProblem(terms.periodStart, terms.periodEnd);
  if (period) problems.push(period);
  terms.campaigns.forEach((link, index) => {
    const problem = linkProblem(terms.kpiId, link.kpiId ?? terms.kpiId, index);
    if (problem) problems.push(problem);
  });
  const ids = new Set(terms.campaigns.map((link) => link.campaignId));
  if (ids.size !== terms.campaigns.length)
    problems.push({ path: 'body.campaigns', message: 'a campaign is listed twice' });
  if (terms.ownerUserId !== null) {
    const [member] = await db
      .select({ userId: members.userId })
      .from(members)
      .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, terms.ownerUserId)));
    if (!member) problems.push({ path: 'body.ownerUserId', message: 'not a member of this workspace' });
  }
  if (problems.length > 0) throw new AppError('validation_failed', 'The goal is not valid', problems);
  if (ids.size === 0) return;
  const found = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, workspaceId), inArray(campaigns.id, [...ids])));
  if (found.length !== ids.size) throw AppError.notFound('Campaign');
}

export async function replaceNodeCampaigns(
  tx: Tx,
  workspaceId: string,
  nodeId: string,
  nodeKpi: KpiId,
  links: NodeTerms['campaigns'],
): Promise<void> {
  await tx
    .delete(kpiTreeNodeCampaigns)
    .where(and(eq(kpiTreeNodeCampaigns.workspaceId, workspaceId), eq(kpiTreeNodeCampaigns.nodeId, nodeId)));
  if (links.length === 0) return;
  await tx.insert(kpiTreeNodeCampaigns).values(
    links.map((link) => ({
      workspaceId,
      nodeId,
      campaignId: link.campaignId,
      kpiId: link.kpiId ?? nodeKpi,
    })),
  );
}

export async function nodeCampaignIds(db: Db, workspaceId: string, nodeId: string): Promise<string[]> {
  const rows = await db
    .select({ campaignId: kpiTreeNodeCampaigns.campaignId })
    .from(kpiTreeNodeCampaigns)
    .where(and(eq(kpiTreeNodeCampaigns.workspaceId, workspaceId), eq(kpiTreeNodeCampaigns.nodeId, nodeId)));
  return rows.map((row) => row.campaignId);
}
