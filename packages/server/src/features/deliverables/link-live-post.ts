import { parsePostUrl } from '@lantoa/core/post-url';
import { creatorAccounts, posts } from '@lantoa/db/schema';
import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';

export interface LivePostInput {
  workspaceId: string;
  campaignId: string;
  creatorId: string;
  url: string;
  publishedAt: Date;
}

/**
 * The post behind a deliverable's live URL: an existing post of the workspace with the same URL or platform id,
 * else a new post on the creator's account for that platform. Null when the URL is not a known post link or
 * the creator has no account there (the URL is still kept on the deliverable).
 */
export async function linkLivePost(tx: Tx, input: LivePostInput): Promise<string | null> {
  const parsed = parsePostUrl(input.url);
  const sameUrl = eq(posts.url, input.url);
  const [existing] = await tx
    .select({ id: posts.id })
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, input.workspaceId),
        parsed
          ? or(sameUrl, and(eq(posts.platform, parsed.platform), eq(posts.externalId, parsed.externalId)))
          : sameUrl,
      ),
    )
    .limit(1);
  if (existing) return existing.id;
  if (!parsed || parsed.externalId.startsWith('share:')) return null;
  const [account] = await tx
    .select({ id: creatorAccounts.id })
    .from(creatorAccounts)
    .where(
      and(
        eq(creatorAccounts.workspaceId, input.workspaceId),
        eq(creatorAccounts.creatorId, input.creatorId),
        eq(creatorAccounts.platform, parsed.platform),
      ),
    )
    .limit(1);
  if (!account) return null;
  const [created] = await tx
    .insert(posts)
    .values({
      workspaceId: input.workspaceId,
      campaignId: input.campaignId,
      creatorId: input.creatorId,
      accountId: account.id,
      platform: parsed.platform,
      externalId: parsed.externalId,
      url: input.url,
      format: parsed.format,
      publishedAt: input.publishedAt,
    })
    .returning({ id: posts.id });
  return created?.id ?? null;
}
