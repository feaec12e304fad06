import { randomBytes } from 'node:crypto';
import type { Db } from '@lantoa/db';
import { campaigns, sharedReports, workspaces } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';

/** A fresh link token (shown once) and the hash that is stored. */
export function newReportToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/**
 * The shared report behind a token with its campaign and workspace name. Unknown and revoked links are one 404
 * (a revoked link reveals nothing); an expired link is 410 so the reader knows to ask for a new one.
 */
export async function openableSharedReport(db: Pick<Db, 'select'>, token: string, now = new Date()) {
  const [found] = await db
    .select({ report: sharedReports, campaign: campaigns, workspaceName: workspaces.name })
    .from(sharedReports)
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, sharedReports.campaignId), eq(campaigns.workspaceId, sharedReports.workspaceId)),
    )
    .innerJoin(workspaces, eq(workspaces.id, sharedReports.workspaceId))
    .where(eq(sharedReports.tokenHash, hashToken(token)));
  if (!found || found.report.revokedAt !== null)
    throw new AppError(
      'not_found',
      'This report link does not exist or was revoked; ask the team for a new one',
    );
  if (found.report.expiresAt !== null && found.report.expiresAt <= now)
    throw new AppError('gone', 'This report link has expired; ask the team for a new one', [
      { path: 'token', message: `expired at ${found.report.expiresAt.toISOString()}` },
    ]);
  return found;
}

export type OpenableSharedReport = Awaited<ReturnType<typeof openableSharedReport>>;
