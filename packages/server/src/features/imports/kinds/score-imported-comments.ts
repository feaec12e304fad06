import type { Db } from '@lantoa/db';

/**
 * Scores the workspace's unscored comments and re-checks the negative-spike alerts of their campaigns, as the
 * `comments.score` job does, inside the import job so the comments are ready when the import says it is done.
 */
export async function scoreImportedComments(db: Db, workspaceId: string): Promise<number> {
  const [{ loadedSentimentModel }, { scoreWorkspaceComments }, { raiseNegativeSpikeAlerts }] =
    await Promise.all([
      import('../../sentiment/sentiment-model'),
      import('../../comments/score-workspace-comments'),
      import('../../alerts/raise-negative-spike-alerts'),
    ]);
  const { model, id: modelId } = await loadedSentimentModel();
  const result = await scoreWorkspaceComments(db, workspaceId, model, async () => {}, { modelId });
  await raiseNegativeSpikeAlerts(db, workspaceId, result.campaignIds);
  return result.scored;
}
