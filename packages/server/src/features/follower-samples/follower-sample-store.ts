import type { Db } from '@lantoa/db';
import { followerSamples } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZFollowerSample } from './follower-sample-schemas';
import { ZFollowerSampleSummary } from './follower-sample-schemas';

type Row = typeof followerSamples.$inferSelect;

export function sampleView(row: Row): z.input<typeof ZFollowerSample> {
  return {
    id: row.id,
    creatorId: row.creatorId,
    accountId: row.accountId,
    fileName: row.fileName,
    uploadedByName: row.uploadedByName,
    createdAt: row.createdAt.toISOString(),
    summary: ZFollowerSampleSummary.parse(row.summary),
  };
}

/** Samples of a creator, newest first, without their rows. */
export async function listSamples(db: Db, workspaceId: string, creatorId: string) {
  const rows = await db
    .select()
    .from(followerSamples)
    .where(and(eq(followerSamples.workspaceId, workspaceId), eq(followerSamples.creatorId, creatorId)))
    .orderBy(desc(followerSamples.createdAt));
  return rows.map(sampleView);
}

/**
 * The sample that feeds the creator's quality score: the newest one of the primary account, else the newest of
 * any account (the score then says which account it came from).
 */
export async function latestSampleFor(
  db: Db,
  workspaceId: string,
  creatorId: string,
  primaryAccountId: string | null,
): Promise<Row | null> {
  const rows = await db
    .select()
    .from(followerSamples)
    .where(and(eq(followerSamples.workspaceId, workspaceId), eq(followerSamples.creatorId, creatorId)))
    .orderBy(desc(followerSamples.createdAt))
    .limit(20);
  return rows.find((row) => row.accountId === primaryAccountId) ?? rows[0] ?? null;
}
