import type { Db } from '@lantoa/db';
import { briefAttachments } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ZBriefAttachment } from './brief-schemas';

type BriefAttachmentRow = typeof briefAttachments.$inferSelect;

export function shownAttachment(row: BriefAttachmentRow): z.infer<typeof ZBriefAttachment> {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The files of a campaign's brief, oldest first. */
export async function listBriefAttachments(db: Db, workspaceId: string, campaignId: string) {
  const rows = await db
    .select()
    .from(briefAttachments)
    .where(and(eq(briefAttachments.workspaceId, workspaceId), eq(briefAttachments.campaignId, campaignId)))
    .orderBy(asc(briefAttachments.createdAt), asc(briefAttachments.id));
  return rows.map(shownAttachment);
}

/** One file of this campaign's brief in this workspace, else 404: a file of another brief is never served. */
export async function loadBriefAttachment(
  db: Db,
  workspaceId: string,
  campaignId: string,
  attachmentId: string,
): Promise<BriefAttachmentRow> {
  const [row] = await db
    .select()
    .from(briefAttachments)
    .where(
      and(
        eq(briefAttachments.id, attachmentId),
        eq(briefAttachments.workspaceId, workspaceId),
        eq(briefAttachments.campaignId, campaignId),
      ),
    );
  if (!row) throw AppError.notFound('Attachment');
  return row;
}
