import { foldDiacritics } from '../text/fold';
import type { PostModel } from './posts';
import type { Random } from './random';
import {
  COMMENTS_BY_NICHE,
  COMMENTS_COPY_PASTE,
  COMMENTS_ENGLISH,
  COMMENTS_GENERIC,
  COMMENTS_NEUTRAL,
  COMMENTS_OBJECTION,
  COMMENTS_POSITIVE,
  COMMENTS_PURCHASE_INTENT,
  COMMENTS_SPAM,
} from './vocabulary-comments';

export type CommentPool =
  | 'positive'
  | 'neutral'
  | 'niche'
  | 'intent'
  | 'objection'
  | 'generic'
  | 'copyPaste'
  | 'spam'
  | 'english'
  | 'brand';

type Mix = readonly (readonly [CommentPool, number])[];

export const ORGANIC_MIX: Mix = [
  ['positive', 34],
  ['neutral', 14],
  ['niche', 16],
  ['intent', 10],
  ['objection', 8],
  ['generic', 9],
  ['spam', 4],
  ['english', 5],
];

export const SPONSORED_MIX: Mix = [
  ['positive', 22],
  ['neutral', 8],
  ['niche', 8],
  ['intent', 20],
  ['objection', 13],
  ['generic', 7],
  ['spam', 4],
  ['english', 3],
  ['brand', 15],
];

/** The flagged creator's comment sections: mostly bought short praise and copy-pasted sentences. */
export const BOUGHT_MIX: Mix = [
  ['generic', 45],
  ['copyPaste', 35],
  ['positive', 8],
  ['intent', 4],
  ['niche', 4],
  ['spam', 4],
];

const OPENERS = ['Chị ơi', 'C ơi', 'Anh ơi', 'Bạn ơi', 'Shop ơi', 'Ủa', 'Trời ơi', 'Ôi'];
const PARTICLES = ['nha', 'nè', 'á', 'luôn', 'ạ', 'đó', 'thật sự', 'quá trời'];
/** Bases that already address someone, or already end in a particle, are left as typed. */
const ADDRESSED = /ơi|chị|anh|bạn|shop|mn|mọi người|(?:^|\s)(?:c|e|a)(?:\s|$)/iu;
const ENDS_WITH_PARTICLE =
  /(?:^|\s)(?:nha|nhé|nè|ạ|á|a|luôn|ơi|vậy|v|không|ko|với|vs|chưa|đó|lắm|ghê|mn|thôi|rồi|r|liền)$/iu;
const EMOJI = ['😍', '🥰', '😂', '🤤', '👍', '❤️', '🔥', '😭', '🙏'];

/**
 * People rarely type the same sentence twice: an opener, a particle, emoji, or typing without diacritics
 * make each comment their own (so real comments are not mistaken for copy-paste farms).
 */
function humanize(random: Random, base: string): string {
  let text = base;
  if (!ADDRESSED.test(base) && random.chance(0.45)) {
    text = `${random.pick(OPENERS)}, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }
  const [, words = text, tail = ''] = /^(.*[\p{L}\p{N}])([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
  if (!ENDS_WITH_PARTICLE.test(words) && random.chance(0.45))
    text = `${words} ${random.pick(PARTICLES)}${tail}`;
  if (random.chance(0.3)) text = `${text} ${random.pick(EMOJI).repeat(random.int(1, 3))}`;
  return random.chance(0.3) ? foldDiacritics(text) : text;
}

/** Replaces each `{a|b|c}` with one of its alternatives. */
export function expandAlternatives(random: Random, template: string): string {
  return template.replace(/\{([^{}]*)\}/g, (_, options: string) => random.pick(options.split('|')));
}

function pick(random: Random, pool: CommentPool, model: PostModel): string {
  switch (pool) {
    case 'positive':
      return random.pick(COMMENTS_POSITIVE);
    case 'neutral':
      return random.pick(COMMENTS_NEUTRAL);
    case 'niche':
      return random.pick(COMMENTS_BY_NICHE[model.account.plan.niche]);
    case 'intent':
      return random.pick(COMMENTS_PURCHASE_INTENT);
    case 'objection':
      return random.pick(COMMENTS_OBJECTION);
    case 'generic':
      return random.pick(COMMENTS_GENERIC);
    case 'copyPaste':
      return random.pick(COMMENTS_COPY_PASTE);
    case 'spam':
      return random.pick(COMMENTS_SPAM);
    case 'english':
      return random.pick(COMMENTS_ENGLISH);
    case 'brand':
      return random.pick(model.blueprint?.comments.length ? model.blueprint.comments : COMMENTS_POSITIVE);
  }
}

/** Bots and spammers paste; people type. */
export function commentText(random: Random, pool: CommentPool, model: PostModel, bot: boolean): string {
  const base = expandAlternatives(random, pick(random, pool, model));
  if (bot || pool === 'spam' || pool === 'copyPaste') return base;
  if (pool === 'english' || pool === 'generic') {
    return random.chance(0.4) ? `${base} ${random.pick(EMOJI)}` : base;
  }
  return humanize(random, base);
}
