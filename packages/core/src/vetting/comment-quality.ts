import { normalizeComment } from './comment-normalize';
import { GENERIC_COMMENT_WORDS, GENERIC_MAX_WORDS, LAUGHTER } from './generic-comment-vocabulary';

export interface CommentInput {
  text: string;
  authorId?: string | null;
  postId?: string;
  id?: string;
}

export interface DuplicateGroup {
  text: string;
  comments: number;
  authors: number;
}

export interface CommentQualityAnalysis {
  /** Comments with visible text that were analysed. */
  total: number;
  /** Comments with empty text, not analysed (listed, not dropped silently). */
  skippedEmpty: number;
  genericCount: number;
  duplicateCount: number;
  /** Comments that are generic, duplicated, or both. */
  lowQualityCount: number;
  genericShare: number | null;
  duplicateShare: number | null;
  lowQualityShare: number | null;
  duplicateGroups: DuplicateGroup[];
  genericExamples: string[];
}

function isGenericWord(word: string): boolean {
  return GENERIC_COMMENT_WORDS.has(word) || LAUGHTER.test(word) || /^\p{N}+$/u.test(word);
}

/** Generic = emoji/punctuation only, or at most a few words that are all praise or filler. */
export function isGenericComment(text: string): boolean {
  const normalized = normalizeComment(text);
  if (normalized.symbolsOnly) return true;
  if (normalized.words.length === 0 || normalized.words.length > GENERIC_MAX_WORDS) return false;
  return normalized.words.every(isGenericWord);
}

const EXAMPLE_LIMIT = 5;

/**
 * Only texts of at least this many words count as duplicated: short identical texts from many
 * people are natural ("giá?", "ib", "xin link") and short praise is already counted as generic.
 */
export const DUPLICATE_MIN_WORDS = 3;

/**
 * Share of generic and of duplicated comments. Duplicated = the same normalised text (of at least
 * DUPLICATE_MIN_WORDS words) posted by at least two different authors; a comment without an
 * author counts as its own author.
 */
export function analyzeComments(comments: readonly CommentInput[]): CommentQualityAnalysis {
  const groups = new Map<string, { text: string; indices: number[]; authors: Set<string> }>();
  const generic: boolean[] = [];
  const genericExamples: string[] = [];
  let skippedEmpty = 0;
  let total = 0;
  comments.forEach((comment, index) => {
    if (comment.text.trim().length === 0) {
      skippedEmpty += 1;
      return;
    }
    total += 1;
    const normalized = normalizeComment(comment.text);
    const isGeneric = isGenericComment(comment.text);
    generic[index] = isGeneric;
    if (isGeneric && genericExamples.length < EXAMPLE_LIMIT) genericExamples.push(comment.text.trim());
    if (normalized.words.length < DUPLICATE_MIN_WORDS) return;
    const group = groups.get(normalized.key) ?? {
      text: comment.text.trim(),
      indices: [],
      authors: new Set(),
    };
    group.indices.push(index);
    group.authors.add(comment.authorId ?? `#anonymous-${index}`);
    groups.set(normalized.key, group);
  });
  const duplicated = new Set<number>();
  const duplicateGroups: DuplicateGroup[] = [];
  for (const group of groups.values()) {
    if (group.authors.size < 2) continue;
    for (const index of group.indices) duplicated.add(index);
    duplicateGroups.push({ text: group.text, comments: group.indices.length, authors: group.authors.size });
  }
  duplicateGroups.sort((a, b) => b.comments - a.comments);
  const genericCount = generic.filter(Boolean).length;
  let lowQualityCount = duplicated.size;
  generic.forEach((isGeneric, index) => {
    if (isGeneric && !duplicated.has(index)) lowQualityCount += 1;
  });
  const share = (count: number) => (total === 0 ? null : count / total);
  return {
    total,
    skippedEmpty,
    genericCount,
    duplicateCount: duplicated.size,
    lowQualityCount,
    genericShare: share(genericCount),
    duplicateShare: share(duplicated.size),
    lowQualityShare: share(lowQualityCount),
    duplicateGroups: duplicateGroups.slice(0, EXAMPLE_LIMIT),
    genericExamples,
  };
}
