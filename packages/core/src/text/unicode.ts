import { foldDiacritics } from './fold';

const ASCII_ONLY = /^[\x00-\x7f]*$/;

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
  if (ASCII_ONLY.test(text)) return text;
  return moveToneToFirstVowel(text.normalize('NFD')).normalize('NFC');
}

const foldedCharCache = new Map<number, string>();

function foldChar(code: number): string {
  let folded = foldedCharCache.get(code);
  if (folded === undefined) {
    const single = foldDiacritics(String.fromCharCode(code));
    folded = single.length === 1 ? single : String.fromCharCode(code).toLowerCase();
    if (folded.length !== 1) folded = String.fromCharCode(code);
    foldedCharCache.set(code, folded);
  }
  return folded;
}

/**
 * Same result as `foldDiacritics` on NFC text, but one output character per input UTF-16 unit, so
 * offsets in the folded string are offsets in the input. Faster on short tokens (cached per character).
 */
export function foldPreservingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else {
      out += foldChar(code);
    }
  }
  return out;
}

/** True when the text carries at least one Vietnamese diacritic (tone or vowel shape) or "đ". */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text);
}
