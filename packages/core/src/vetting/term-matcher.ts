import { foldDiacritics } from '../text';
import type { RiskTerm } from './risk-keywords';

export interface TermMatch {
  term: string;
  /** Start and end (exclusive) in the original text. */
  start: number;
  end: number;
}

interface MappedText {
  text: string;
  /** offsets[i] = index in the original text of the character that produced text[i]. */
  offsets: number[];
}

function transformWithOffsets(original: string, transform: (char: string) => string): MappedText {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of original) {
    const mapped = transform(char);
    text += mapped;
    for (let k = 0; k < mapped.length; k += 1) offsets.push(index);
    index += char.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lowerExact = (text: string) => text.normalize('NFC').toLowerCase();

function termPattern(term: RiskTerm): RegExp {
  const normalize = term.match === 'exact' ? lowerExact : foldDiacritics;
  const words = normalize(term.text).trim().split(/\s+/u).map(escapeRegExp);
  const spaced = words.join('\\s+');
  // A multi-word term also matches its hashtag form: "cờ bạc" ↔ "#cobac".
  const body = words.length > 1 ? `(?:${spaced}|#${words.join('')})` : spaced;
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

export interface CompiledTerm {
  term: RiskTerm;
  pattern: RegExp;
}

export function compileTerms(terms: readonly RiskTerm[]): CompiledTerm[] {
  return terms
    .filter((term) => term.text.trim().length > 0)
    .map((term) => ({ term, pattern: termPattern(term) }));
}

/** Whole-word matches of the terms in `text`, with positions in the original text. */
export function findTerms(text: string, terms: readonly CompiledTerm[]): TermMatch[] {
  const original = text.normalize('NFC');
  const foldedText = transformWithOffsets(original, foldDiacritics);
  const exactText = transformWithOffsets(original, (char) => char.toLowerCase());
  const matches: TermMatch[] = [];
  for (const { term, pattern } of terms) {
    const mapped = term.match === 'exact' ? exactText : foldedText;
    for (const match of mapped.text.matchAll(pattern)) {
      const start = mapped.offsets[match.index]!;
      const end = mapped.offsets[match.index + match[0].length]!;
      matches.push({ term: term.text, start, end });
    }
  }
  return matches;
}

/** Up to `radius` characters either side of a match, with ellipses where the text was cut. */
export function excerpt(text: string, match: TermMatch, radius = 40): string {
  const original = text.normalize('NFC');
  const from = Math.max(0, match.start - radius);
  const to = Math.min(original.length, match.end + radius);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < original.length ? '…' : '';
  return `${prefix}${original.slice(from, to).trim()}${suffix}`;
}
