import type { Db } from '@lantoa/db';
import { briefVersions, campaigns } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ZBrief } from './brief-schemas';

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
  };
}
