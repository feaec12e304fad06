import type { Db } from '@lantoa/db';
import { deliverables } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { loadDeliverableDetail } from '../deliverables/load-deliverable-detail';
import type { ZPublicReview } from './review-schemas';
import type { activeReviewLink } from './review-token';

type ActiveLink = Awaited<ReturnType<typeof activeReviewLink>>;

/** Ids of the deliverables a review link shows: its one deliverable, or every deliverable of its campaign. */
export async function deliverableIdsInScope(db: Pick<Db, 'select'>, { link }: ActiveLink): Promise<string[]> {
  const rows = await db
    .select({ id: deliverables.id })
    .from(deliverables)
    .where(
      and(
        eq(deliverables.workspaceId, link.workspaceId),
        eq(deliverables.campaignId, link.campaignId),
        ...(link.deliverableId ? [eq(deliverables.id, link.deliverableId)] : []),
      ),
    )
    .orderBy(asc(deliverables.dueAt));
  return rows.map((r) => r.id);
}

/** What an external reviewer sees: the latest draft of each deliverable, its checks and the comment thread. */
export async function loadPublicReview(db: Db, active: ActiveLink): Promise<z.input<typeof ZPublicReview>> {
  const ids = await deliverableIdsInScope(db, active);
  const items = [];
  for (const id of ids) {
    const d = await loadDeliverableDetail(db, active.link.workspaceId, id);
    const [latest] = d.versions;
    items.push({
      id: d.id,
      title: d.title,
      type: d.type,
      platform: d.platform,
      creatorName: d.creator.name,
      status: d.status,
      dueAt: d.dueAt,
      canDecide: d.status === 'in_review',
      draft: latest
        ? {
            version: latest.version,
            caption: latest.caption,
            script: latest.script,
            attachments: latest.attachments,
            checks: latest.checks,
            createdAt: latest.createdAt,
          }
        : null,
      comments: d.comments,
    });
  }
  return {
    campaign: { name: active.campaign.name, brand: active.campaign.brand },
    expiresAt: active.link.expiresAt.toISOString(),
    deliverables: items,
  };
}
