import type { Db } from '@lantoa/db';
import { briefVersions, campaigns } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ZBrief, ZBriefVersion } from './brief-schemas';
import { listBriefAttachments } from './load-brief-attachments';

export async function assertCampaign(db: Db, workspaceId: string, campaignId: string) {
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
}

export async function loadBrief(
  db: Db,
  workspaceId: string,
  campaignId: string,
): Promise<z.input<typeof ZBrief>> {
  await assertCampaign(db, workspaceId, campaignId);
  const rows = await db
    .select()
    .from(briefVersions)
    .where(and(eq(briefVersions.workspaceId, workspaceId), eq(briefVersions.campaignId, campaignId)))
    .orderBy(desc(briefVersions.version));
  const [latest] = rows;
  const attachments = await listBriefAttachments(db, workspaceId, campaignId);
  return {
    campaignId,
    current: latest
      ? {
          version: latest.version,
          content: latest.content,
          createdAt: latest.createdAt.toISOString(),
          createdBy: latest.createdBy,
        }
      : null,
    versions: rows.map((row) => ({ version: row.version, createdAt: row.createdAt.toISOString() })),
    attachments,
  };
}

/** One saved version of the brief, as it was written (versions are never changed). */
export async function loadBriefVersion(
  db: Db,
  workspaceId: string,
  campaignId: string,
  version: number,
): Promise<z.input<typeof ZBriefVersion>> {
  await assertCampaign(db, workspaceId, campaignId);
  const [row] = await db
    .select()
    .from(briefVersions)
    .where(
      and(
        eq(briefVersions.workspaceId, workspaceId),
        eq(briefVersions.campaignId, campaignId),
        eq(briefVersions.version, version),
      ),
    );
  if (!row) throw AppError.notFound(`Brief version ${version}`);
  return {
    version: row.version,
    content: row.content,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
