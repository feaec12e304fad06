import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';

export const COMMENT_SCORE_JOB = 'comments.score';

const ZCommentScorePayload = z.object({
  workspaceId: z.uuid(),
  /** Also re-score comments scored by another model than the one configured now. */
  rescore: z.boolean().optional(),
});

/** Scores every unscored comment of the workspace (or re-scores), then re-checks negative-spike alerts. */
export const commentScoreJobHandler: JobHandler<z.infer<typeof ZCommentScorePayload>> = {
  type: COMMENT_SCORE_JOB,
  parse: (payload) => ZCommentScorePayload.parse(payload),
  run: async ({ db, payload, progress }) => {
    const [{ loadedSentimentModel }, { scoreWorkspaceComments }, { raiseNegativeSpikeAlerts }] =
      await Promise.all([
        import('../sentiment/sentiment-model'),
        import('./score-workspace-comments'),
        import('../alerts/raise-negative-spike-alerts'),
      ]);
    const { model, id: modelId } = await loadedSentimentModel();
    const result = await scoreWorkspaceComments(db, payload.workspaceId, model, progress, {
      modelId,
      rescore: payload.rescore === true,
    });
    const alertsRaised = await raiseNegativeSpikeAlerts(db, payload.workspaceId, result.campaignIds);
    await progress(100, `Đã chấm ${result.scored} bình luận`);
    return {
      scored: result.scored,
      spam: result.spam,
      earlierRingMembers: result.earlierRingMembers,
      modelId,
      alertsRaised,
    };
  },
};
