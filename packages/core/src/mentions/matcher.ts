import { foldPreservingOffsets, normalizeUnicode } from '../text/unicode';

export interface MentionTarget {
  /** Stable id, used as the key of the counts ("vinamilk", "th-true-milk"). */
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface MentionHit {
  id: string;
  /** The text as written, e.g. "#VinaMilk" without the "#", or "vina milk". */
  evidence: string;
  /** Offsets into `normalizeUnicode(text)`. */
  start: number;
  end: number;
}

const SEPARATOR = '[\\s._-]?';
/** Aliases at least this long also match with spaces or dots between any letters ("vina milk"). */
const LOOSE_SPACING_MIN_LENGTH = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aliasSource(alias: string): string | null {
  const folded = foldPreservingOffsets(normalizeUnicode(alias)).trim();
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  const compact = words.join('');
  if (compact.length >= LOOSE_SPACING_MIN_LENGTH) {
    return Array.from(compact, escapeRegExp).join(SEPARATOR);
  }
  return words.map(escapeRegExp).join(SEPARATOR);
}

/**
 * Finds brand/competitor mentions accent- and case-insensitively, on word boundaries, tolerant of
 * spacing and hashtags: "Vinamilk", "vina milk", "#vinamilk", "VINAMILK" all match the name "Vinamilk".
 */
export class MentionMatcher {
  private readonly patterns: { id: string; pattern: RegExp }[];

  constructor(targets: readonly MentionTarget[]) {
    this.patterns = targets.flatMap((target) => {
      const sources = [target.name, ...(target.aliases ?? [])]
        .map(aliasSource)
        .filter((source): source is string => source !== null)
        .sort((a, b) => b.length - a.length);
      if (sources.length === 0) return [];
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
      return [{ id: target.id, pattern }];
    });
  }

  find(text: string): MentionHit[] {
    const normalized = normalizeUnicode(text);
    const folded = foldPreservingOffsets(normalized);
    const hits: MentionHit[] = [];
    for (const { id, pattern } of this.patterns) {
      for (const match of folded.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        hits.push({ id, evidence: normalized.slice(start, end), start, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}
