import type { Db } from '@lantoa/db';
import { creatorStats, creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { ZCreatorDetail } from './creator-schemas';
import { accountSummary, accountsOf, toListItem } from './creator-view';
import { workspaceTierThresholds } from './workspace-tier-thresholds';

export async function loadCreatorDetail(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<z.input<typeof ZCreatorDetail>> {
  const [row] = await db
    .select({ creator: creators, stats: creatorStats })
    .from(creators)
    .leftJoin(creatorStats, eq(creatorStats.creatorId, creators.id))
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('Creator');
  const accounts = await accountsOf(db, workspaceId, [creatorId]);
  const thresholds = await workspaceTierThresholds(db, workspaceId);
  const { creator } = row;
  return {
    ...toListItem(row, accounts, thresholds),
    bio: creator.bio,
    email: creator.email,
    phone: creator.phone,
    languages: creator.languages,
    notes: creator.notes,
    currency: creator.currency,
    rateCard: creator.rateCard,
    createdAt: creator.createdAt.toISOString(),
    updatedAt: creator.updatedAt.toISOString(),
    accounts: accounts.map((account) => ({
      ...accountSummary(account, thresholds),
      audience: account.audience,
    })),
  };
}
