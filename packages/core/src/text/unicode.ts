import { foldDiacritics } from './fold';

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * "oa", "oe", "uy" at the end of a syllable take the tone on either vowel depending on the spelling
 * convention ("hoà" / "hòa", "thuỷ" / "thủy"). We canonicalise to the mark on the first vowel, which is
 * what most keyboards produce. "qu" + y keeps the mark on "y" in both conventions ("quý").
 */
function moveToneToFirstVowel(decomposed: string): string {
  return decomposed.replace(
    /([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu,
    (match, first: string, second: string, tone: string, offset: number, whole: string) => {
      const previous = whole[offset - 1];
      const isQuY = (first === 'u' || first === 'U') && (previous === 'q' || previous === 'Q');
      if (isQuY) return match;
      if ((first === 'o' || first === 'O') && (second === 'y' || second === 'Y')) return match;
      if ((first === 'u' || first === 'U') && second !== 'y' && second !== 'Y') return match;
      return `${first}${tone}${second}`;
    },
  );
}

/** NFC with one canonical tone placement, so "hoà" and "hòa" become the same string. Case is kept. */
export function normalizeUnicode(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const known = recentlyNormalized.get(text);
  if (known !== undefined) return known;
  const normalized = moveToneToFirstVowel(text.normalize('NFD')).normalize('NFC');
  if (recentlyNormalized.size >= RECENT_LIMIT) recentlyNormalized.clear();
  recentlyNormalized.set(text, normalized);
  return normalized;
}

// A comment is normalised by the tokeniser, the tagger and the seeding-ring key in turn: remembering the last few
// thousand texts makes that one NFD/NFC round trip instead of four. Bounded, and the result depends on the text only.
const RECENT_LIMIT = 4096;
const recentlyNormalized = new Map<string, string>();

const TABLE_SIZE = 0x2000;
let foldTable: Uint16Array | undefined;

/** Folded code unit for every code unit below U+2000 (Latin, Vietnamese, combining marks). */
function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    const folded = foldDiacritics(char);
    const lower = char.toLowerCase();
    table[code] =
      folded.length === 1 ? folded.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
}

/**
 * Same result as `foldDiacritics` on NFC text, but one output character per input UTF-16 unit, so
 * offsets in the folded string are offsets in the input. Table-driven: much faster on short strings.
 */
export function foldPreservingOffsets(text: string): string {
  foldTable ??= buildFoldTable();
  const table = foldTable;
  let out = '';
  let chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    chunk.push(code < TABLE_SIZE ? table[code]! : code);
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** True when the text carries at least one Vietnamese diacritic (tone or vowel shape) or "đ". */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text);
}
