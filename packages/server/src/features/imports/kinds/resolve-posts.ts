import type { ParsedPostUrl } from '@lantoa/core/post-url';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/app-error';
import type { Tx } from '../../../http/contexts';
import { findOrCreatePostByUrl } from '../../posts/find-or-create-post';
import { unnestRows } from '../unnest';

export type PostReference = { url: ParsedPostUrl; id: null } | { url: null; id: string };

export const postReferenceKey = (ref: PostReference): string =>
  ref.url ? `${ref.url.platform}:${ref.url.externalId}` : `id:${ref.id}`;

type Reader = Tx | Db;

/** Lantoa post ids of the references already stored: a link by platform + id, a bare id by Lantoa's or the platform's. */
export async function findStoredPosts(
  db: Reader,
  workspaceId: string,
  refs: readonly PostReference[],
): Promise<Map<string, { postId: string }>> {
  const unique = new Map(refs.map((ref) => [postReferenceKey(ref), ref]));
  const stored = new Map<string, { postId: string }>();
  const links = [...unique.values()].filter((ref) => ref.url !== null);
  if (links.length > 0) {
    const found = await db.execute<{ platform: string; external_id: string; id: string }>(sql`
      SELECT p.platform, p.external_id, p.id FROM ${unnestRows('k', [
        { name: 'platform', type: 'text', values: links.map((ref) => ref.url?.platform) },
        { name: 'external_id', type: 'text', values: links.map((ref) => ref.url?.externalId) },
      ])}
      JOIN posts p ON p.workspace_id = ${workspaceId} AND p.platform = k.platform AND p.external_id = k.external_id`);
    for (const row of found.rows) stored.set(`${row.platform}:${row.external_id}`, { postId: row.id });
  }
  const ids = [...unique.values()].flatMap((ref) => (ref.url === null ? [ref.id] : []));
  if (ids.length > 0) {
    const found = await db.execute<{ ref: string; id: string }>(sql`
      SELECT k.ref, p.id FROM ${unnestRows('k', [{ name: 'ref', type: 'text', values: ids }])}
      JOIN posts p ON p.workspace_id = ${workspaceId} AND (p.id::text = k.ref OR p.external_id = k.ref)`);
    for (const row of found.rows) stored.set(`id:${row.ref}`, { postId: row.id });
  }
  return stored;
}

/**
 * Lantoa post ids for references of one batch: a stored post is found (`findStoredPosts`); an unknown link creates
 * the post when the link's handle is a known account. Unknown ones get a reason.
 */
export async function resolvePosts(
  tx: Tx,
  workspaceId: string,
  refs: PostReference[],
  campaignId: string | null = null,
): Promise<Map<string, { postId: string } | { reason: string }>> {
  const unique = new Map(refs.map((ref) => [postReferenceKey(ref), ref]));
  const resolved: Map<string, { postId: string } | { reason: string }> = await findStoredPosts(
    tx,
    workspaceId,
    refs,
  );
  for (const [key, ref] of unique) {
    if (resolved.has(key)) continue;
    if (!ref.url) {
      resolved.set(key, { reason: `no post with id "${ref.id}" in the workspace` });
      continue;
    }
    try {
      const { post } = await findOrCreatePostByUrl(tx, workspaceId, {
        url: ref.url.canonicalUrl,
        campaignId,
      });
      resolved.set(key, { postId: post.id });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      resolved.set(key, {
        reason: `no such post in the workspace and ${error.details[0]?.message ?? error.message}; add the post by its link first`,
      });
    }
  }
  return resolved;
}
