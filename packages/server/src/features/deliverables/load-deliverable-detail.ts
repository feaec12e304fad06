import type { Db } from '@lantoa/db';
import { deliverableComments, deliverableStatusChanges, deliverableVersions, users } from '@lantoa/db/schema';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ZDeliverableDetail } from './deliverable-schemas';
import { listDeliverables } from './load-deliverables';

type Executor = Pick<Db, 'select' | 'selectDistinctOn'>;
export type DeliverableDetail = z.input<typeof ZDeliverableDetail>;

/** One deliverable with every draft version (newest first), its comment thread and status history. */
export async function loadDeliverableDetail(
  db: Executor,
  workspaceId: string,
  deliverableId: string,
): Promise<DeliverableDetail> {
  const [summary] = await listDeliverables(db, workspaceId, { ids: [deliverableId] });
  if (!summary) throw AppError.notFound('Deliverable');
  const scope = (
    table: typeof deliverableVersions | typeof deliverableComments | typeof deliverableStatusChanges,
  ) => and(eq(table.workspaceId, workspaceId), eq(table.deliverableId, deliverableId));
  const versions = await db
    .select()
    .from(deliverableVersions)
    .where(scope(deliverableVersions))
    .orderBy(desc(deliverableVersions.version));
  const comments = await db
    .select({ c: deliverableComments, userName: users.name })
    .from(deliverableComments)
    .leftJoin(users, eq(users.id, deliverableComments.authorUserId))
    .where(scope(deliverableComments))
    .orderBy(asc(deliverableComments.createdAt));
  const history = await db
    .select({ h: deliverableStatusChanges, userName: users.name })
    .from(deliverableStatusChanges)
    .leftJoin(users, eq(users.id, deliverableStatusChanges.actorUserId))
    .where(scope(deliverableStatusChanges))
    .orderBy(asc(deliverableStatusChanges.createdAt));
  const who = (reviewerName: string | null, userName: string | null) =>
    reviewerName !== null
      ? { kind: 'reviewer' as const, name: reviewerName }
      : { kind: 'member' as const, name: userName ?? '' };
  return {
    ...summary,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      caption: v.caption,
      script: v.script,
      attachments: v.attachments,
      checks: v.checks,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
    })),
    comments: comments.map(({ c, userName }) => ({
      id: c.id,
      versionId: c.versionId,
      parentId: c.parentId,
      author: who(c.reviewerName, userName),
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    })),
    history: history.map(({ h, userName }) => ({
      from: h.fromStatus,
      to: h.toStatus,
      by: who(h.reviewerName, userName),
      note: h.note,
      at: h.createdAt.toISOString(),
    })),
  };
}
