import { creatorAccounts, creators, followerSnapshots, members } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { CreateCreatorInput } from './creator-schemas';
import { creatorSearchText } from './search-text';

type AccountInput = CreateCreatorInput['accounts'][number];

/** The owner must be a member of the workspace; anything else is a typo or a leak. */
export async function assertOwnerIsMember(
  tx: Tx,
  workspaceId: string,
  ownerUserId: string | null | undefined,
) {
  if (!ownerUserId) return;
  const [member] = await tx
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, ownerUserId)))
    .limit(1);
  if (!member)
    throw new AppError('validation_failed', 'The owner is not a member of this workspace', [
      { path: 'body.ownerUserId', message: 'choose a member of the workspace' },
    ]);
}

/** Platform + handle is unique per workspace (case-insensitive); say which account clashes with whom. */
export async function assertHandlesFree(
  tx: Tx,
  workspaceId: string,
  accounts: AccountInput[],
  creatorId?: string,
) {
  const seen = new Set<string>();
  for (const [index, account] of accounts.entries()) {
    const key = `${account.platform}:${account.handle.toLowerCase()}`;
    if (seen.has(key))
      throw new AppError('validation_failed', 'The same account is listed twice', [
        {
          path: `body.accounts.${index}.handle`,
          message: `${account.platform} @${account.handle} appears twice`,
        },
      ]);
    seen.add(key);
    const [taken] = await tx
      .select({ creatorId: creatorAccounts.creatorId, name: creators.name })
      .from(creatorAccounts)
      .innerJoin(creators, eq(creators.id, creatorAccounts.creatorId))
      .where(
        and(
          eq(creatorAccounts.workspaceId, workspaceId),
          eq(creatorAccounts.platform, account.platform),
          sql`lower(${creatorAccounts.handle}) = ${account.handle.toLowerCase()}`,
        ),
      )
      .limit(1);
    if (taken && taken.creatorId !== creatorId)
      throw new AppError(
        'conflict',
        `${account.platform} @${account.handle} already belongs to ${taken.name}`,
        [{ path: `body.accounts.${index}.handle`, message: `already registered for ${taken.name}` }],
      );
  }
}

/**
 * Makes the creator's accounts equal to `accounts`, matching existing ones by platform + handle so their
 * follower history and posts stay attached. Accounts no longer listed are removed.
 */
export async function syncAccounts(tx: Tx, workspaceId: string, creatorId: string, accounts: AccountInput[]) {
  const existing = await tx
    .select()
    .from(creatorAccounts)
    .where(and(eq(creatorAccounts.workspaceId, workspaceId), eq(creatorAccounts.creatorId, creatorId)));
  const keyOf = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;
  const byKey = new Map(existing.map((account) => [keyOf(account.platform, account.handle), account]));
  const kept = new Set<string>();
  for (const account of accounts) {
    const match = byKey.get(keyOf(account.platform, account.handle));
    const followers = account.followers ?? null;
    if (match) {
      kept.add(match.id);
      await tx
        .update(creatorAccounts)
        .set({
          handle: account.handle,
          url: account.url === undefined ? match.url : account.url,
          audience: account.audience === undefined ? match.audience : account.audience,
          ...(account.followers === undefined || followers === match.followers
            ? {}
            : { followers, followersAt: followers === null ? null : new Date() }),
        })
        .where(eq(creatorAccounts.id, match.id));
      if (followers !== null && followers !== match.followers)
        await snapshot(tx, workspaceId, match.id, followers);
    } else {
      const [created] = await tx
        .insert(creatorAccounts)
        .values({
          workspaceId,
          creatorId,
          platform: account.platform,
          handle: account.handle,
          url: account.url ?? null,
          followers,
          followersAt: followers === null ? null : new Date(),
          audience: account.audience ?? null,
        })
        .returning({ id: creatorAccounts.id });
      if (created && followers !== null) await snapshot(tx, workspaceId, created.id, followers);
    }
  }
  for (const account of existing) {
    if (!kept.has(account.id)) await tx.delete(creatorAccounts).where(eq(creatorAccounts.id, account.id));
  }
}

async function snapshot(tx: Tx, workspaceId: string, accountId: string, followers: number) {
  await tx
    .insert(followerSnapshots)
    .values({ workspaceId, accountId, at: new Date(), followers })
    .onConflictDoNothing();
}

/** Rebuilds `search_text` from the stored creator and its accounts. */
export async function updateSearchText(tx: Tx, creatorId: string) {
  const [creator] = await tx.select().from(creators).where(eq(creators.id, creatorId));
  if (!creator) return;
  const handles = await tx
    .select({ handle: creatorAccounts.handle })
    .from(creatorAccounts)
    .where(eq(creatorAccounts.creatorId, creatorId));
  await tx
    .update(creators)
    .set({ searchText: creatorSearchText({ ...creator, handles: handles.map((row) => row.handle) }) })
    .where(eq(creators.id, creatorId));
}
