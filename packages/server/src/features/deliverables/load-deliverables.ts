import { canTransition, DELIVERABLE_STATUSES, isDone } from '@lantoa/core/deliverables';
import type { Db } from '@lantoa/db';
import { campaigns, creators, deliverables, deliverableVersions, users } from '@lantoa/db/schema';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { toIso } from '../../http/common-schemas';
import type { ZDeliverableSummary } from './deliverable-schemas';

export type DeliverableSummary = z.input<typeof ZDeliverableSummary>;
type Executor = Pick<Db, 'select' | 'selectDistinctOn'>;

export interface DeliverableFilter {
  campaignId?: string;
  creatorId?: string;
  status?: (typeof DELIVERABLE_STATUSES)[number];
  ids?: string[];
}

/** Deliverables of the workspace with their campaign, creator, owner and newest draft, by due date. */
export async function listDeliverables(
  db: Executor,
  workspaceId: string,
  filter: DeliverableFilter,
  now = new Date(),
): Promise<DeliverableSummary[]> {
  const conditions: SQL[] = [eq(deliverables.workspaceId, workspaceId)];
  if (filter.campaignId) conditions.push(eq(deliverables.campaignId, filter.campaignId));
  if (filter.creatorId) conditions.push(eq(deliverables.creatorId, filter.creatorId));
  if (filter.status) conditions.push(eq(deliverables.status, filter.status));
  if (filter.ids) conditions.push(inArray(deliverables.id, filter.ids.length ? filter.ids : ['']));
  const rows = await db
    .select({
      d: deliverables,
      campaignName: campaigns.name,
      creatorName: creators.name,
      ownerName: users.name,
    })
    .from(deliverables)
    .innerJoin(campaigns, eq(campaigns.id, deliverables.campaignId))
    .innerJoin(creators, eq(creators.id, deliverables.creatorId))
    .leftJoin(users, eq(users.id, deliverables.ownerUserId))
    .where(and(...conditions))
    .orderBy(asc(deliverables.dueAt), asc(deliverables.createdAt))
    .limit(2000);
  const ids = rows.map((r) => r.d.id);
  const latest = ids.length
    ? await db
        .selectDistinctOn([deliverableVersions.deliverableId], {
          deliverableId: deliverableVersions.deliverableId,
          version: deliverableVersions.version,
          checks: deliverableVersions.checks,
        })
        .from(deliverableVersions)
        .where(
          and(
            eq(deliverableVersions.workspaceId, workspaceId),
            inArray(deliverableVersions.deliverableId, ids),
          ),
        )
        .orderBy(deliverableVersions.deliverableId, desc(deliverableVersions.version))
    : [];
  const latestById = new Map(latest.map((v) => [v.deliverableId, v]));
  return rows.map(({ d, campaignName, creatorName, ownerName }) => {
    const version = latestById.get(d.id);
    return {
      id: d.id,
      campaign: { id: d.campaignId, name: campaignName },
      creator: { id: d.creatorId, name: creatorName },
      title: d.title,
      type: d.type,
      platform: d.platform,
      owner: d.ownerUserId ? { id: d.ownerUserId, name: ownerName ?? '' } : null,
      status: d.status,
      nextStatuses: DELIVERABLE_STATUSES.filter((to) => canTransition(d.status, to)),
      dueAt: d.dueAt.toISOString(),
      scheduledAt: toIso(d.scheduledAt),
      important: d.important,
      liveUrl: d.liveUrl,
      postId: d.postId,
      publishedAt: toIso(d.publishedAt),
      verifiedAt: toIso(d.verifiedAt),
      lateness: d.lateness,
      overdue: !isDone(d.status) && d.dueAt.getTime() < now.getTime(),
      latestVersion: version?.version ?? null,
      checkCount: version?.checks.length ?? 0,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    };
  });
}
