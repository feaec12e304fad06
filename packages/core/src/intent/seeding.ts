import { foldPreservingOffsets, normalizeUnicode } from '../text/unicode';
import type { TagMatch } from './tag';

export interface AuthoredComment {
  id: string;
  author: string;
  text: string;
}

export interface SeedingRingOptions {
  /** Distinct authors posting the same text before it counts as a ring (default 3). */
  minAuthors: number;
  /** Shorter texts ("đẹp quá", "xinh") are repeated innocently and never count (default 4 words). */
  minWords: number;
}

/** Lower-case, no diacritics, letters and digits only, stretched letters squeezed: "Đẹp quáaa!!" → "dep qua". */
export function duplicateKey(text: string): string {
  return foldPreservingOffsets(normalizeUnicode(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .trim();
}

/**
 * Seeding-ring signal for a batch: the same text (ignoring case, accents, punctuation, emoji) posted by
 * at least `minAuthors` different authors. Returns the ids of the comments involved with the tag.
 */
export function detectSeedingRings(
  comments: readonly AuthoredComment[],
  options: Partial<SeedingRingOptions> = {},
): Map<string, TagMatch> {
  const { minAuthors = 3, minWords = 4 } = options;
  const groups = new Map<string, AuthoredComment[]>();
  for (const comment of comments) {
    const key = duplicateKey(comment.text);
    if (key.split(' ').length < minWords) continue;
    const group = groups.get(key);
    if (group) group.push(comment);
    else groups.set(key, [comment]);
  }
  const flagged = new Map<string, TagMatch>();
  for (const group of groups.values()) {
    if (new Set(group.map((comment) => comment.author)).size < minAuthors) continue;
    for (const comment of group) {
      const evidence = normalizeUnicode(comment.text);
      flagged.set(comment.id, {
        tag: 'spam',
        kind: 'seeding_ring',
        evidence,
        start: 0,
        end: evidence.length,
      });
    }
  }
  return flagged;
}
