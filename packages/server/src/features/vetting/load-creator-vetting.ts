import type { VettingDecision } from '@lantoa/core/vetting';
import type { Db } from '@lantoa/db';
import { creatorAccounts, creatorStats, creators, vettingDecisions } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { buildVetting, type VettingView } from './build-vetting';

export interface DecisionRecord extends VettingDecision {
  id: string;
  byName: string;
}

export async function loadDecisions(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<DecisionRecord[]> {
  const rows = await db
    .select()
    .from(vettingDecisions)
    .where(and(eq(vettingDecisions.workspaceId, workspaceId), eq(vettingDecisions.creatorId, creatorId)))
    .orderBy(asc(vettingDecisions.decidedAt));
  return rows.map((row) => ({
    id: row.id,
    decision: row.decision,
    by: row.decidedBy,
    byName: row.decidedByName,
    at: row.decidedAt.toISOString(),
    note: row.reason,
  }));
}

/**
 * The vetting of one creator as of `now`. The quality score and risk level are written back to the search columns
 * so list filters agree with the profile.
 */
export async function loadCreatorVetting(
  db: Db,
  workspaceId: string,
  creatorId: string,
  now: Date,
): Promise<VettingView & { decisionRecords: DecisionRecord[] }> {
  const [creator] = await db
    .select({ id: creators.id, name: creators.name })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator) throw AppError.notFound('Creator');
  const accounts = await db
    .select()
    .from(creatorAccounts)
    .where(and(eq(creatorAccounts.workspaceId, workspaceId), eq(creatorAccounts.creatorId, creatorId)));
  const decisionRecords = await loadDecisions(db, workspaceId, creatorId);
  const view = await buildVetting(db, workspaceId, creator, accounts, decisionRecords, now);
  await db
    .update(creatorStats)
    .set({
      qualityScore:
        view.dossier.summary.qualityScore === null ? null : Math.round(view.dossier.summary.qualityScore),
      riskLevel: riskBucket(view.dossier.summary.riskLevel),
    })
    .where(and(eq(creatorStats.creatorId, creatorId), eq(creatorStats.workspaceId, workspaceId)));
  return { ...view, decisionRecords };
}

/** Search offers low / medium / high; critical is filed under high. */
export function riskBucket(level: string | null): 'low' | 'medium' | 'high' | null {
  if (level === null) return null;
  if (level === 'critical') return 'high';
  return level === 'low' || level === 'medium' || level === 'high' ? level : null;
}
