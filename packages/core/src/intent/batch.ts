import { type AuthoredComment, detectSeedingRings, type SeedingRingOptions } from './seeding';
import { hasTag, type TagMatch, tagComment } from './tag';

export interface TaggedComment {
  id: string;
  tags: TagMatch[];
  /** Spam or irrelevant: callers leave these out of sentiment counts. */
  spam: boolean;
}

/** Tags every comment of a batch, including the cross-author seeding-ring signal. */
export function tagComments(
  comments: readonly AuthoredComment[],
  options: Partial<SeedingRingOptions> = {},
): TaggedComment[] {
  const rings = detectSeedingRings(comments, options);
  return comments.map((comment) => {
    const tags = tagComment(comment.text);
    const ring = rings.get(comment.id);
    if (ring) tags.push(ring);
    return { id: comment.id, tags, spam: hasTag(tags, 'spam') };
  });
}
