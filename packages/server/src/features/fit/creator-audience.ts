import type { AgeBand, CreatorAudience } from '@lantoa/core/vetting';
import type { Db } from '@lantoa/db';
import { type AudienceDemographics, creatorAccounts, creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';

/** "18-24" → 18..24, "45+" → open band from 45; anything else is not an age band. */
export function parseAgeBand(key: string, share: number): AgeBand | null {
  const closed = /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$/.exec(key);
  if (closed) return { min: Number(closed[1]), max: Number(closed[2]), share };
  const open = /^\s*(\d{1,3})\s*\+\s*$/.exec(key);
  return open ? { min: Number(open[1]), max: null, share } : null;
}

function toAudience(demographics: AudienceDemographics | null, niches: string[]): CreatorAudience {
  const ageBands = Object.entries(demographics?.ageBands ?? {})
    .map(([key, share]) => parseAgeBand(key, share))
    .filter((band): band is AgeBand => band !== null);
  return {
    ageBands,
    gender: demographics?.gender ?? null,
    locations: demographics?.topLocations ?? null,
    interests: demographics?.interests ?? null,
    niches,
  };
}

/**
 * The creator's audience for fit scoring: demographics of the account with the most followers among those that
 * have demographics, plus the creator's niches. `source` names that account ("tiktok @handle").
 */
export async function loadCreatorAudience(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<{ audience: CreatorAudience; source: string | null }> {
  const [creator] = await db
    .select({ niches: creators.niches })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator) throw AppError.notFound('Creator');
  const accounts = await db
    .select({
      platform: creatorAccounts.platform,
      handle: creatorAccounts.handle,
      followers: creatorAccounts.followers,
      audience: creatorAccounts.audience,
    })
    .from(creatorAccounts)
    .where(and(eq(creatorAccounts.workspaceId, workspaceId), eq(creatorAccounts.creatorId, creatorId)));
  const withAudience = accounts
    .filter((account) => account.audience !== null)
    .sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1));
  const chosen = withAudience[0] ?? null;
  return {
    audience: toAudience(chosen?.audience ?? null, creator.niches),
    source: chosen ? `${chosen.platform} @${chosen.handle}` : null,
  };
}
