import {
  classifyEmoji,
  classifyEmoticon,
  EMOTICON_SOURCE,
  emotionToken,
  VSFC_EMOTICON_WORDS,
} from './emoticons';
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

/** Token alternatives in priority order; the group number of each is its index + 1. */
const ALTERNATIVES: readonly [TokenKind, string][] = [
  ['word', "[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?(?![\\p{L}\\p{M}\\p{N}._'’-]|:\\/\\/)"],
  [
    'url',
    '(?:https?:\\/\\/|www\\.)\\S+|[\\p{L}\\p{N}-]+\\.(?:com|vn|net|org|ly|me|io|co|shop|info|link)(?:\\/\\S*)?(?![\\p{L}\\p{N}])',
  ],
  ['phone', '(?:\\+84|84|0)(?:[\\s.-]?\\d){8,10}(?!\\d)'],
  ['mention', '@[\\p{L}\\p{M}\\p{N}_.]+'],
  ['hashtag', '#[\\p{L}\\p{M}\\p{N}_]+'],
  ['emoticon', EMOTICON_SOURCE],
  ['price', '\\d+(?:[.,]\\d+)*\\s?(?:k|tr|triệu|nghìn|ngàn|đ|vnđ|vnd|usd|\\$)(?![\\p{L}\\p{N}])'],
  ['number', '\\d+(?:[.,]\\d+)*%?(?![\\p{L}\\p{N}])'],
  [
    'emoji',
    '\\p{Extended_Pictographic}(?:[\\uFE0E\\uFE0F\\u{1F3FB}-\\u{1F3FF}]|\\u200D\\p{Extended_Pictographic})*',
  ],
  ['word', "[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)?"],
  ['punct', '[^\\s]'],
];

const TOKEN_PATTERN = new RegExp(ALTERNATIVES.map(([, source]) => `(${source})`).join('|'), 'gu');

const LAUGHTER = /^(?:k{3,}|(?:h[aeiyo]|k[aeh]|h[aeo]h[aeo]){2,}h?|hj(?:hj)+|=+\)+|lol)$/;

function hasRunOfThree(folded: string): boolean {
  for (let i = 2; i < folded.length; i++) {
    if (
      folded.charCodeAt(i) === folded.charCodeAt(i - 1) &&
      folded.charCodeAt(i) === folded.charCodeAt(i - 2)
    ) {
      return true;
    }
  }
  return false;
}

/** Runs of 3+ copies of a letter (compared without diacritics) become `keep` letters: "quáaaa" → "quá". */
function squeezeElongation(word: string, folded: string, keep: number): string {
  if (!hasRunOfThree(folded)) return word;
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

function pushWords(
  tokens: Token[],
  text: string,
  folded: string,
  start: number,
  end: number,
  elongated: boolean,
): void {
  const parts = text.includes(' ') ? text.split(' ') : [text];
  for (const part of parts) {
    tokens.push({
      text: part,
      folded: parts.length === 1 && folded.length === part.length ? folded : foldPreservingOffsets(part),
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
  let apostrophe = lower.indexOf("'");
  if (apostrophe < 0) apostrophe = lower.indexOf('’');
  if (apostrophe < 0) return lower;
  const plain = lower.replace('’', "'");
  if (plain.endsWith("n't")) {
    return `${IRREGULAR_NEGATIVE_CONTRACTIONS.get(plain) ?? plain.slice(0, -3)} not`;
  }
  return lower.slice(0, apostrophe);
}

/** After these, "xl", "m" or "s" is a clothing size, not teencode ("size XL" is not "size xin lỗi"). */
const SIZE_WORDS: ReadonlySet<string> = new Set(['size', 'sz', 'cỡ', 'áo', 'quần']);

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
  const previous = tokens.at(-1)?.text;
  const isSize = previous !== undefined && SIZE_WORDS.has(previous);
  const expanded = (isSize ? undefined : dictionary.get(squeezed)) ?? splitContraction(squeezed);
  pushWords(tokens, expanded, expanded === lower ? folded : '', start, end, elongated);
}

/**
 * Splits a social comment into normalised tokens with negation and intensifier marks. `lang` chooses the
 * chat dictionary (Vietnamese teencode or English chat) and how elongations are squeezed.
 */
export function tokenize(input: string, lang: TokenLanguage = 'vi'): Token[] {
  const text = normalizeUnicode(input);
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let group = 1;
    while (match[group] === undefined) group++;
    const kind = ALTERNATIVES[group - 1]![0];
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    switch (kind) {
      case 'word':
        pushWord(tokens, value, start, end, lang);
        break;
      case 'punct':
        tokens.push(special(value, 'punct', start, end));
        break;
      case 'emoji':
        tokens.push(special(emotionToken(classifyEmoji(value)), 'emoji', start, end));
        break;
      case 'emoticon':
        tokens.push(special(emotionToken(classifyEmoticon(value)), 'emoticon', start, end));
        break;
      case 'hashtag': {
        const first = tokens.length;
        pushWord(tokens, value.slice(1), start, end, lang);
        for (let i = first; i < tokens.length; i++) tokens[i]!.kind = 'hashtag';
        break;
      }
      default:
        tokens.push(special(SPECIAL_TEXT[kind], kind, start, end));
    }
  }
  markModifiers(tokens);
  return tokens;
}

const SPECIAL_TEXT: Record<TokenKind, string> = {
  word: '',
  punct: '',
  emoji: '',
  emoticon: '',
  hashtag: '',
  number: '<num>',
  price: '<price>',
  url: '<url>',
  phone: '<phone>',
  mention: '<user>',
};
