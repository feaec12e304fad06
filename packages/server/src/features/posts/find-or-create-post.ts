import { type ParsedPostUrl, readPostUrl } from '@lantoa/core/post-url';
import type { Db } from '@lantoa/db';
import { campaigns, creatorAccounts, creators, type PostFormat, posts } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

export type PostRow = typeof posts.$inferSelect;

export interface PostByUrlInput {
  url: string;
  campaignId?: string | null;
  creatorId?: string | null;
  accountId?: string | null;
  publishedAt?: Date | null;
  caption?: string | null;
}

/** The workspace's post for a platform id (a share-link code counts as an id until the post is re-linked). */
export async function findPostByExternalId(
  db: Db | Tx,
  workspaceId: string,
  platform: string,
  externalId: string,
): Promise<PostRow | null> {
  const [row] = await db
    .select()
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        eq(posts.platform, platform as PostRow['platform']),
        eq(posts.externalId, externalId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The post a link names, created when the workspace does not have it yet. The account is the one given, else
 * the creator's account on that platform, else the account whose handle the link carries; a creator with no
 * account on that platform gets one from the link's handle. Every lookup is scoped to the workspace.
 */
export async function findOrCreatePostByUrl(
  tx: Tx,
  workspaceId: string,
  input: PostByUrlInput,
): Promise<{ post: PostRow; created: boolean }> {
  const parsed = readPostUrl(input.url);
  if (!parsed.ok)
    throw new AppError('validation_failed', 'This is not a post link', [
      { path: 'body.url', message: parsed.reason },
    ]);
  const link = parsed.post;
  if (input.campaignId) await assertCampaign(tx, workspaceId, input.campaignId);
  const existing = await findPostByExternalId(tx, workspaceId, link.platform, link.externalId);
  if (existing) {
    if (input.campaignId && !existing.campaignId) {
      const [updated] = await tx
        .update(posts)
        .set({ campaignId: input.campaignId })
        .where(eq(posts.id, existing.id))
        .returning();
      return { post: updated ?? existing, created: false };
    }
    return { post: existing, created: false };
  }
  const account = await resolveAccount(tx, workspaceId, link, input);
  const [created] = await tx
    .insert(posts)
    .values({
      workspaceId,
      campaignId: input.campaignId ?? null,
      creatorId: account.creatorId,
      accountId: account.id,
      platform: link.platform,
      externalId: link.externalId,
      url: link.canonicalUrl,
      caption: input.caption ?? null,
      format: (link.format ?? null) as PostFormat | null,
      publishedAt: input.publishedAt ?? new Date(),
    })
    .returning();
  if (!created) throw new Error('insert returned no post');
  return { post: created, created: true };
}

async function assertCampaign(tx: Tx, workspaceId: string, campaignId: string) {
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
}

async function resolveAccount(
  tx: Tx,
  workspaceId: string,
  link: ParsedPostUrl,
  input: PostByUrlInput,
): Promise<{ id: string; creatorId: string }> {
  const scoped = and(
    eq(creatorAccounts.workspaceId, workspaceId),
    eq(creatorAccounts.platform, link.platform),
  );
  const account = { id: creatorAccounts.id, creatorId: creatorAccounts.creatorId };
  if (input.accountId) {
    const [hit] = await tx
      .select(account)
      .from(creatorAccounts)
      .where(and(scoped, eq(creatorAccounts.id, input.accountId)));
    if (!hit)
      throw new AppError(
        'validation_failed',
        `This account is not a ${link.platform} account of the workspace`,
        [{ path: 'body.accountId', message: `choose the creator's ${link.platform} account` }],
      );
    return hit;
  }
  if (input.creatorId) {
    const [creator] = await tx
      .select({ id: creators.id })
      .from(creators)
      .where(and(eq(creators.id, input.creatorId), eq(creators.workspaceId, workspaceId)));
    if (!creator) throw AppError.notFound('Creator');
    const [hit] = await tx
      .select(account)
      .from(creatorAccounts)
      .where(and(scoped, eq(creatorAccounts.creatorId, creator.id)))
      .limit(1);
    if (hit) return hit;
    if (!link.handle)
      throw new AppError('validation_failed', `The creator has no ${link.platform} account`, [
        { path: 'body.creatorId', message: `add the creator's ${link.platform} account first` },
      ]);
    const [createdAccount] = await tx
      .insert(creatorAccounts)
      .values({ workspaceId, creatorId: creator.id, platform: link.platform, handle: link.handle })
      .returning(account);
    if (!createdAccount) throw new Error('insert returned no account');
    return createdAccount;
  }
  if (link.handle) {
    const [hit] = await tx
      .select(account)
      .from(creatorAccounts)
      .where(and(scoped, sql`lower(${creatorAccounts.handle}) = ${link.handle.toLowerCase()}`));
    if (hit) return hit;
  }
  throw new AppError('validation_failed', 'Which creator published this post?', [
    {
      path: 'body.creatorId',
      message: link.handle
        ? `no ${link.platform} account @${link.handle} in the workspace: choose the creator`
        : 'the link does not name its account: choose the creator',
    },
  ]);
}
