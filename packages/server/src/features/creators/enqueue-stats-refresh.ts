import { DEFAULT_TIER_THRESHOLDS, type TierThresholds, TierThresholdsSchema } from '@lantoa/core/tiers';
import type { WorkspaceContext } from '../../http/contexts';
import { REFRESH_CREATOR_STATS_JOB } from './refresh-stats-job';

/**
 * Starts the job that re-derives every creator's tier, ER band and fee range from the workspace's current tier
 * thresholds. Call it after the thresholds are committed (the inline test queue runs the job right away).
 */
export async function enqueueStatsRefresh(ctx: WorkspaceContext): Promise<string> {
  const job = await ctx.services.jobs.enqueue(
    REFRESH_CREATOR_STATS_JOB,
    { workspaceId: ctx.workspace.id },
    { workspaceId: ctx.workspace.id, createdBy: ctx.actor.id },
  );
  return job.id;
}

/** Whether saving `next` changes the thresholds in effect (none saved means the defaults). */
export function tierThresholdsChange(saved: unknown, next: TierThresholds | undefined): boolean {
  if (!next) return false;
  const parsed = TierThresholdsSchema.safeParse(saved);
  const current = parsed.success ? parsed.data : DEFAULT_TIER_THRESHOLDS;
  return (Object.keys(next) as (keyof TierThresholds)[]).some((tier) => next[tier] !== current[tier]);
}
