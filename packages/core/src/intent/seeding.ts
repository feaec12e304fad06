import { foldPreservingOffsets, normalizeUnicode } from '../text/unicode';
import type { TagMatch } from './tag';

export interface AuthoredComment {
  id: string;
  author: string;
  text: string;
  /** When it was written (epoch ms); without it the comment joins every ring of its text. */
  at?: number;
  /** Where a ring can form (a campaign or a post); comments of different scopes never form one ring. */
  scope?: string;
  /** `seedingRingKey(text)` when the caller has it already (with the default `minWords`). */
  ringKey?: string | null;
}

export interface SeedingRingOptions {
  /** Distinct authors posting the same text before it counts as a ring (default 3). */
  minAuthors: number;
  /** Shorter texts ("đẹp quá", "xinh") are repeated innocently and never count (default 4 words). */
  minWords: number;
  /**
   * Same-text comments further apart than this (ms) start a new ring: a slogan repeated weeks later by fans is not
   * the same coordinated push (default 7 days).
   */
  windowMs: number;
}

const DEFAULT_MIN_WORDS = 4;

export const DEFAULT_SEEDING_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** Lower-case, no diacritics, letters and digits only, stretched letters squeezed: "Đẹp quáaa!!" → "dep qua". */
export function duplicateKey(text: string): string {
  return foldPreservingOffsets(normalizeUnicode(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .trim();
}

/** The key a comment can join a ring by, or null when the text is too short to count. */
export function seedingRingKey(text: string, minWords = DEFAULT_MIN_WORDS): string | null {
  const key = duplicateKey(text);
  return key.split(' ').length < minWords ? null : key;
}

/** Splits same-text comments (sorted by time) wherever two neighbours are more than `windowMs` apart. */
function timeClusters(group: AuthoredComment[], windowMs: number): AuthoredComment[][] {
  const timed = group.filter((comment) => comment.at !== undefined).sort((a, b) => a.at! - b.at!);
  const untimed = group.filter((comment) => comment.at === undefined);
  if (timed.length === 0) return [untimed];
  const clusters: AuthoredComment[][] = [[timed[0]!]];
  for (let i = 1; i < timed.length; i++) {
    if (timed[i]!.at! - timed[i - 1]!.at! > windowMs) clusters.push([]);
    clusters.at(-1)!.push(timed[i]!);
  }
  return clusters.map((cluster) => cluster.concat(untimed));
}

/**
 * Seeding-ring signal: the same text (ignoring case, accents, punctuation, emoji) posted in one scope by at least
 * `minAuthors` different authors, each within `windowMs` of the previous one. Returns the ids of the comments
 * involved with the tag.
 */
export function detectSeedingRings(
  comments: readonly AuthoredComment[],
  options: Partial<SeedingRingOptions> = {},
): Map<string, TagMatch> {
  const { minAuthors = 3, minWords = DEFAULT_MIN_WORDS, windowMs = DEFAULT_SEEDING_WINDOW_MS } = options;
  const groups = new Map<string, AuthoredComment[]>();
  for (const comment of comments) {
    const key =
      comment.ringKey !== undefined && minWords === DEFAULT_MIN_WORDS
        ? comment.ringKey
        : seedingRingKey(comment.text, minWords);
    if (key === null) continue;
    const scoped = `${comment.scope ?? ''}\u0000${key}`;
    const group = groups.get(scoped);
    if (group) group.push(comment);
    else groups.set(scoped, [comment]);
  }
  const flagged = new Map<string, TagMatch>();
  for (const group of groups.values()) {
    if (new Set(group.map((comment) => comment.author)).size < minAuthors) continue;
    for (const ring of timeClusters(group, windowMs)) {
      if (new Set(ring.map((comment) => comment.author)).size < minAuthors) continue;
      for (const comment of ring) flagged.set(comment.id, seedingRingTag(comment.text));
    }
  }
  return flagged;
}

/** The spam tag of a ring member, its whole text as evidence. */
export function seedingRingTag(text: string): TagMatch {
  const evidence = normalizeUnicode(text);
  return { tag: 'spam', kind: 'seeding_ring', evidence, start: 0, end: evidence.length };
}
