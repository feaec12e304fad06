import { foldDiacritics } from '../text';

const URL = /https?:\/\/\S+|www\.\S+/g;
const MENTION = /@[\p{L}\p{N}._]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LETTER_RUN = /(\p{L})\1{2,}/gu;

export interface NormalizedComment {
  /** Accent-folded, lower-case words with letter runs collapsed ("quáaaa" → "qua"). */
  words: string[];
  /** True when the comment was only @mentions (tagging friends), which is not generic praise. */
  mentionOnly: boolean;
  /** True when the comment had visible characters but no words: emoji or punctuation only. */
  symbolsOnly: boolean;
  /** Key for duplicate detection: the words, or the symbols when there are no words. */
  key: string;
}

export function normalizeComment(text: string): NormalizedComment {
  const folded = foldDiacritics(text.normalize('NFC'));
  const withoutLinks = folded.replace(URL, ' ');
  const hadMention = MENTION.test(withoutLinks);
  MENTION.lastIndex = 0;
  const withoutMentions = withoutLinks.replace(MENTION, ' ');
  const words = withoutMentions
    .replace(LETTER_RUN, '$1')
    .split(NOT_WORD)
    .filter((word) => word.length > 0);
  const symbols = withoutMentions.replace(/\s+/gu, '');
  const mentionOnly = words.length === 0 && symbols.length === 0 && hadMention;
  const symbolsOnly = words.length === 0 && symbols.length > 0;
  return { words, mentionOnly, symbolsOnly, key: words.length > 0 ? words.join(' ') : symbols };
}
