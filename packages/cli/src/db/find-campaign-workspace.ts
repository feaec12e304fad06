import type { Db } from '@lantoa/db';
import { campaigns } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { isUuid } from './uuid';

/** The workspace a campaign belongs to (the command line has the whole database), or why there is none. */
export async function findCampaignWorkspace(
  db: Db,
  campaignId: string,
): Promise<{ ok: true; workspaceId: string } | { ok: false; error: string }> {
  if (!isUuid(campaignId))
    return { ok: false, error: `--campaign "${campaignId}" is not a campaign id (a UUID)` };
  const [found] = await db
    .select({ workspaceId: campaigns.workspaceId })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  return found
    ? { ok: true, workspaceId: found.workspaceId }
    : { ok: false, error: `No campaign ${campaignId} in this database` };
}
