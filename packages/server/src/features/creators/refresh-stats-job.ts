import { creators } from '@lantoa/db/schema';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';
import { refreshVettingScores } from '../vetting/refresh-vetting-scores';
import { refreshCreatorStats } from './refresh-creator-stats';
import { workspaceTierThresholds } from './workspace-tier-thresholds';

export const REFRESH_CREATOR_STATS_JOB = 'creators.refresh_stats';
const BATCH = 500;

const ZPayload = z.object({ workspaceId: z.uuid() });

/**
 * Recomputes every creator's tier, ER and fee range with the workspace's current tier thresholds, then the quality
 * score and risk level of the creators with evidence (the peer ranges behind them depend on the tiers).
 */
export const refreshCreatorStatsJobHandler: JobHandler<z.infer<typeof ZPayload>> = {
  type: REFRESH_CREATOR_STATS_JOB,
  parse: (payload) => ZPayload.parse(payload),
  run: async ({ db, payload, progress }) => {
    const thresholds = await workspaceTierThresholds(db, payload.workspaceId);
    const ids = (
      await db
        .select({ id: creators.id })
        .from(creators)
        .where(eq(creators.workspaceId, payload.workspaceId))
        .orderBy(asc(creators.id))
    ).map((row) => row.id);
    let done = 0;
    for (let start = 0; start < ids.length; start += BATCH) {
      done += await refreshCreatorStats(
        db,
        payload.workspaceId,
        { creatorIds: ids.slice(start, start + BATCH) },
        thresholds,
      );
      await progress(
        Math.round((80 * Math.min(ids.length, start + BATCH)) / Math.max(1, ids.length)),
        `${Math.min(ids.length, start + BATCH)}/${ids.length} creators`,
      );
    }
    const vetted = await refreshVettingScores(db, payload.workspaceId, new Date(), (scored, total) =>
      progress(
        80 + Math.round((20 * scored) / total),
        `quality and risk: ${scored}/${total} creators with evidence`,
      ),
    );
    return { creators: done, vetted, thresholds };
  },
};
