import { type AuthoredComment, detectSeedingRings, type SeedingRingOptions } from './seeding';
import { hasTag, type TagMatch, tagComment } from './tag';

export interface TaggedComment {
  id: string;
  tags: TagMatch[];
  /** Spam or irrelevant: callers leave these out of sentiment counts. */
  spam: boolean;
}

export interface TaggedBatch {
  batch: TaggedComment[];
  /** Comments tagged before that belong to a seeding ring found now, with the tag to add to them. */
  earlierRingMembers: { id: string; tag: TagMatch }[];
}

/**
 * Tags every comment of a batch, including the cross-author seeding-ring signal, which also counts `earlier`
 * comments (tagged in earlier batches) so that a ring split over several batches is still found whole.
 */
export function tagCommentsWithHistory(
  comments: readonly AuthoredComment[],
  earlier: readonly AuthoredComment[],
  options: Partial<SeedingRingOptions> = {},
): TaggedBatch {
  const inBatch = new Set(comments.map((comment) => comment.id));
  const rings = detectSeedingRings(
    earlier.length === 0 ? comments : [...comments, ...earlier.filter((c) => !inBatch.has(c.id))],
    options,
  );
  const batch = comments.map((comment) => {
    const tags = tagComment(comment.text);
    const ring = rings.get(comment.id);
    if (ring) tags.push(ring);
    return { id: comment.id, tags, spam: hasTag(tags, 'spam') };
  });
  const earlierRingMembers = earlier.flatMap((comment) => {
    const tag = inBatch.has(comment.id) ? undefined : rings.get(comment.id);
    return tag ? [{ id: comment.id, tag }] : [];
  });
  return { batch, earlierRingMembers };
}

/** Tags every comment of a batch, including the cross-author seeding-ring signal within the batch. */
export function tagComments(
  comments: readonly AuthoredComment[],
  options: Partial<SeedingRingOptions> = {},
): TaggedComment[] {
  return tagCommentsWithHistory(comments, [], options).batch;
}
