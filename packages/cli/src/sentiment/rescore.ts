import { parseArgs } from 'node:util';
import { jobs } from '@lantoa/db/schema';
import { countCommentsToRescore, enqueueRescore } from '@lantoa/server/features/comments/rescore-comments';
import { loadedSentimentModel } from '@lantoa/server/features/sentiment/sentiment-model';
import { eq } from 'drizzle-orm';
import type { CommandIo } from '../command';
import { type OpenServices, withServices } from '../db/open-services';
import { resolveWorkspace } from '../db/resolve-workspace';

/**
 * `lantoa sentiment rescore [--workspace ID]`: runs the comment scoring job over every comment of the workspace
 * that the configured model (SENTIMENT_MODEL_PATH, else the built-in one) has not scored.
 */
export async function runRescore(args: string[], io: CommandIo, open: OpenServices): Promise<number> {
  const { values } = parseArgs({ args, options: { workspace: { type: 'string' } } });
  return withServices(open, async (services) => {
    const workspace = await resolveWorkspace(services.db, values.workspace);
    if (!workspace.ok) {
      io.stderr.write(`error: ${workspace.error}\n`);
      return 2;
    }
    const current = await loadedSentimentModel();
    const waiting = await countCommentsToRescore(services.db, workspace.id, current.id);
    if (waiting > 0) io.stderr.write(`Re-scoring ${waiting} comments with model ${current.id}…\n`);
    const { modelId, pending, jobId } = await enqueueRescore(services.db, services.jobs, workspace.id, null);
    if (!jobId) {
      io.stdout.write(`Every comment of "${workspace.name}" is already scored by model ${modelId}\n`);
      return 0;
    }
    // The installation's queue runs the job before enqueue returns; its row holds the outcome.
    const [job] = await services.db
      .select({ status: jobs.status, result: jobs.result, error: jobs.error })
      .from(jobs)
      .where(eq(jobs.id, jobId));
    if (job?.status !== 'succeeded') {
      io.stderr.write(`error: the scoring job ${jobId} ${job?.status ?? 'vanished'}: ${job?.error ?? ''}\n`);
      return 1;
    }
    const result = job.result as { scored?: number; spam?: number; alertsRaised?: number };
    io.stdout.write(
      `Re-scored ${result.scored ?? 0} of ${pending} comments of "${workspace.name}" with model ${modelId} ` +
        `(${result.spam ?? 0} spam, ${result.alertsRaised ?? 0} new alerts; job ${jobId})\n`,
    );
    return 0;
  });
}
