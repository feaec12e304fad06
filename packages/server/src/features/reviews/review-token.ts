import { randomBytes } from 'node:crypto';
import type { Db } from '@lantoa/db';
import { campaigns, reviewLinks } from '@lantoa/db/schema';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';

/** A fresh link token (shown once) and the hash that is stored. */
export function newReviewToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The live review link behind a token with its campaign; expired, revoked or unknown → one clear 404. */
export async function activeReviewLink(db: Pick<Db, 'select'>, token: string, now = new Date()) {
  const [found] = await db
    .select({ link: reviewLinks, campaign: campaigns })
    .from(reviewLinks)
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, reviewLinks.campaignId), eq(campaigns.workspaceId, reviewLinks.workspaceId)),
    )
    .where(
      and(
        eq(reviewLinks.tokenHash, hashToken(token)),
        isNull(reviewLinks.revokedAt),
        gt(reviewLinks.expiresAt, now),
      ),
    );
  if (!found)
    throw new AppError(
      'not_found',
      'This review link has expired or was revoked; ask the team for a new one',
    );
  return found;
}
