import { DEFAULT_TIER_THRESHOLDS, type TierThresholds, TierThresholdsSchema } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { workspaces } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';

/** The workspace's tier thresholds (Settings), or the defaults when none were set. */
export async function workspaceTierThresholds(db: Db | Tx, workspaceId: string): Promise<TierThresholds> {
  const [row] = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const parsed = TierThresholdsSchema.safeParse(row?.settings.tierThresholds);
  return parsed.success ? parsed.data : DEFAULT_TIER_THRESHOLDS;
}
