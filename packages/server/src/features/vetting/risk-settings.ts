import { type CompetitorBrand, DEFAULT_COLLABORATION_WINDOW_MONTHS } from '@lantoa/core/vetting';
import type { Db } from '@lantoa/db';
import { workspaces } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';

/** The workspace's competitor brands and collaboration window (Settings), for the risk screening. */
export async function loadRiskSettings(
  db: Db,
  workspaceId: string,
): Promise<{ competitors: CompetitorBrand[]; collaborationWindowMonths: number }> {
  const [row] = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return {
    competitors: row?.settings.competitorBrands ?? [],
    collaborationWindowMonths: row?.settings.collaborationWindowMonths ?? DEFAULT_COLLABORATION_WINDOW_MONTHS,
  };
}
