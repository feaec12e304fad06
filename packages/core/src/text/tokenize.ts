import { classifyEmoji, classifyEmoticon, EMOTICON_SOURCE, emotionToken, VSFC_EMOTICON_WORDS } from './emoticons';
import { markModifiers } from './modifiers';
import { ENGLISH_CHAT, IRREGULAR_NEGATIVE_CONTRACTIONS, VIETNAMESE_TEENCODE } from './teencode';
import { foldPreservingOffsets, normalizeUnicode } from './unicode';

export type TokenKind =
  | 'word'
  | 'number'
  | 'price'
  | 'url'
  | 'phone'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'emoticon'
  | 'punct';

export interface Token {
  /** Normalised form: lower case, NFC, canonical tones, teencode expanded; `<url>`, `<emo_pos>`… for specials. */
  text: string;
  /** `text` without diacritics. */
  folded: string;
  kind: TokenKind;
  /** Offsets into `normalizeUnicode(input)` (the same as the input when it is NFC with canonical tones). */
  start: number;
  end: number;
  /** Inside the scope of a negation ("không ngon": "ngon" is negated). */
  negated: boolean;
  /** Modified by an intensifier ("rất tốt", "đẹp quá"). */
  intensified: boolean;
  /** Written with a stretched letter ("ngonnnn"). */
  elongated: boolean;
}

export type TokenLanguage = 'vi' | 'en' | 'other';

const TOKEN_PATTERN = new RegExp(
  [
    '(?<url>(?:https?:\\/\\/|www\\.)\\S+|[\\p{L}\\p{N}-]+\\.(?:com|vn|net|org|ly|me|io|co|shop|info|link)(?:\\/\\S*)?(?![\\p{L}\\p{N}]))',
    '(?<phone>(?:\\+84|84|0)(?:[\\s.-]?\\d){8,10}(?!\\d))',
    '(?<mention>@[\\p{L}\\p{M}\\p{N}_.]+)',
    '(?<hashtag>#[\\p{L}\\p{M}\\p{N}_]+)',
    `(?<emoticon>${EMOTICON_SOURCE})`,
    '(?<price>\\d+(?:[.,]\\d+)*\\s?(?:k|tr|triệu|nghìn|ngàn|đ|vnđ|vnd|usd|\\$)(?![\\p{L}\\p{N}]))',
    '(?<number>\\d+(?:[.,]\\d+)*%?(?![\\p{L}\\p{N}]))',
    '(?<emoji>\\p{Extended_Pictographic}(?:[\\uFE0E\\uFE0F\\u{1F3FB}-\\u{1F3FF}]|\\u200D\\p{Extended_Pictographic})*)',
    "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)?)",
    '(?<punct>[^\\s])',
  ].join('|'),
  'gu',
);

const LAUGHTER = /^(?:k{3,}|(?:h[aeiyo]|k[aeh]|h[aeo]h[aeo]){2,}h?|hj(?:hj)+|=+\)+|lol)$/;

/** Runs of 3+ copies of a letter (compared without diacritics) become `keep` letters: "quáaaa" → "quá". */
function squeezeElongation(word: string, folded: string, keep: number): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    let j = i + 1;
    while (j < word.length && folded[j] === folded[i]) j++;
    const run = j - i;
    out += run >= 3 ? word.slice(i, i + keep) : word.slice(i, j);
    i = j;
  }
  return out;
}

function special(text: string, kind: TokenKind, start: number, end: number): Token {
  return { text, folded: text, kind, start, end, negated: false, intensified: false, elongated: false };
}

function pushWords(tokens: Token[], text: string, start: number, end: number, elongated: boolean): void {
  for (const part of text.split(' ')) {
    tokens.push({
      text: part,
      folded: foldPreservingOffsets(part),
      kind: 'word',
      start,
      end,
      negated: false,
      intensified: false,
      elongated,
    });
  }
}

function splitContraction(lower: string): string {
  const apostrophe = lower.search(/['’]/);
  if (apostrophe < 0) return lower;
  const plain = lower.replace('’', "'");
  if (plain.endsWith("n't")) {
    return `${IRREGULAR_NEGATIVE_CONTRACTIONS.get(plain) ?? plain.slice(0, -3)} not`;
  }
  return lower.slice(0, apostrophe);
}

function pushWord(tokens: Token[], raw: string, start: number, end: number, lang: TokenLanguage): void {
  const lower = raw.toLowerCase();
  const vsfcEmotion = VSFC_EMOTICON_WORDS.get(lower);
  if (vsfcEmotion) {
    tokens.push(special(emotionToken(vsfcEmotion), 'emoticon', start, end));
    return;
  }
  const folded = foldPreservingOffsets(lower);
  if (LAUGHTER.test(folded)) {
    tokens.push(special(emotionToken('laugh'), 'emoticon', start, end));
    return;
  }
  const squeezed = squeezeElongation(lower, folded, lang === 'en' ? 2 : 1);
  const elongated = squeezed.length !== lower.length;
  const dictionary = lang === 'en' ? ENGLISH_CHAT : VIETNAMESE_TEENCODE;
  const expanded = dictionary.get(squeezed) ?? splitContraction(squeezed);
  pushWords(tokens, expanded, start, end, elongated);
}

/**
 * Splits a social comment into normalised tokens with negation and intensifier marks. `lang` chooses the
 * chat dictionary (Vietnamese teencode or English chat) and how elongations are squeezed.
 */
export function tokenize(input: string, lang: TokenLanguage = 'vi'): Token[] {
  const text = normalizeUnicode(input);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups ?? {};
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    if (groups.word !== undefined) pushWord(tokens, value, start, end, lang);
    else if (groups.punct !== undefined) tokens.push(special(value, 'punct', start, end));
    else if (groups.emoji !== undefined)
      tokens.push(special(emotionToken(classifyEmoji(value)), 'emoji', start, end));
    else if (groups.emoticon !== undefined)
      tokens.push(special(emotionToken(classifyEmoticon(value)), 'emoticon', start, end));
    else if (groups.number !== undefined) tokens.push(special('<num>', 'number', start, end));
    else if (groups.price !== undefined) tokens.push(special('<price>', 'price', start, end));
    else if (groups.url !== undefined) tokens.push(special('<url>', 'url', start, end));
    else if (groups.phone !== undefined) tokens.push(special('<phone>', 'phone', start, end));
    else if (groups.mention !== undefined) tokens.push(special('<user>', 'mention', start, end));
    else if (groups.hashtag !== undefined) {
      const first = tokens.length;
      pushWord(tokens, value.slice(1), start, end, lang);
      for (let i = first; i < tokens.length; i++) tokens[i]!.kind = 'hashtag';
    }
  }
  markModifiers(tokens);
  return tokens;
}
