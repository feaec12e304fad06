import { foldPreservingOffsets, hasVietnameseDiacritics, normalizeUnicode } from '../text/unicode';
import { type CommentTag, TAG_RULES, type TagKind, type TagRule } from './rules';

export interface TagMatch {
  tag: CommentTag;
  kind: TagKind;
  /** The matched words as written (after Unicode normalisation). */
  evidence: string;
  /** Offsets of `evidence` in `normalizeUnicode(text)`: the input itself when it is NFC. */
  start: number;
  end: number;
}

function hasFalseFriend(rule: TagRule, span: string): boolean {
  if (!rule.falseFriends || !hasVietnameseDiacritics(span)) return false;
  const spanWords = new Set(span.toLowerCase().split(/[^\p{L}\p{M}]+/u));
  return rule.falseFriends.some((word) => spanWords.has(word));
}

// Every rule in one scan: most comments match none, and then the eighteen scans below are skipped. An alternation
// matches somewhere exactly when one of its alternatives does, so this changes no result.
const ANY_RULE = new RegExp(TAG_RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'), 'u');

/**
 * Purchase intent, objections and spam signals in one comment, accent- and teencode-insensitive
 * ("gia bn", "con hang k", "mắc quá"), each with the span that triggered it.
 */
export function tagComment(text: string): TagMatch[] {
  const normalized = normalizeUnicode(text);
  const folded = foldPreservingOffsets(normalized);
  if (!ANY_RULE.test(folded)) return [];
  const matches: TagMatch[] = [];
  for (const rule of TAG_RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const evidence = normalized.slice(start, end);
      if (hasFalseFriend(rule, evidence)) continue;
      const overlapsSameKind = matches.some((m) => m.kind === rule.kind && m.start < end && start < m.end);
      if (!overlapsSameKind) matches.push({ tag: rule.tag, kind: rule.kind, evidence, start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function hasTag(matches: readonly TagMatch[], tag: CommentTag): boolean {
  return matches.some((match) => match.tag === tag);
}
