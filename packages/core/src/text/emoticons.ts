/** Sentiment-bearing classes of emoji and ASCII emoticons; each becomes a token such as `<emo_pos>`. */
export type EmotionClass = 'pos' | 'neg' | 'laugh' | 'love' | 'neutral';

const EMOJI_CLASSES: Record<EmotionClass, string> = {
  pos: '😀😃😄😁😊☺🙂😋😎🤩🥳👍👏🙌💯🔥✨🌟⭐🎉🎊👌💪🙏😇🤗✅🆗🤤',
  love: '😍🥰😘😗😙😚😻❤🧡💛💚💙💜🖤🤍💕💖💗💓💞💘💝♥💋🌹',
  laugh: '😂🤣😆😅😹😜😝😛🤪',
  neg: '😞😔😟😕🙁☹😣😖😫😩😢😭😤😠😡🤬👎💔🤮🤢😒🙄😬💩😱😨😰😥😓🥺😿🤡❌',
  neutral: '😐😑😶🤔😏😳😮😯😲🙃🤨',
};

const EMOJI_TO_CLASS: ReadonlyMap<string, EmotionClass> = new Map(
  (Object.entries(EMOJI_CLASSES) as [EmotionClass, string][]).flatMap(([emotion, chars]) =>
    Array.from(chars, (char): [string, EmotionClass] => [char, emotion]),
  ),
);

/** Variation selectors and skin tones do not change an emoji's meaning. */
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u200D]/gu;

export function classifyEmoji(emoji: string): EmotionClass {
  const base = emoji.replace(EMOJI_MODIFIERS, '');
  const first = String.fromCodePoint(base.codePointAt(0) ?? 0);
  return EMOJI_TO_CLASS.get(base) ?? EMOJI_TO_CLASS.get(first) ?? 'neutral';
}

/** ASCII emoticons (a regular-expression source), longest alternatives first. */
export const EMOTICON_SOURCE =
  "[:=;]['\\-^]?[)\\]}]{2,}|[:=;]['\\-^]?[)\\]}dDpP3*](?![\\p{L}\\p{N}])|[:=;]['\\-^]?[(\\[{]+|:'\\(+|[:=][\\-^]?[|\\/\\\\](?![\\/])|<3+|\\^[_.-]?\\^|T_+T|-_+-|=\\.=|xD+|XD+|:[vV](?![\\p{L}\\p{N}])";

export function classifyEmoticon(emoticon: string): EmotionClass {
  if (/^<3/.test(emoticon)) return 'love';
  if (/[([{]|'\(|[tT]_+[tT]/.test(emoticon)) return 'neg';
  if (/[|/\\]|-_+-|[oO]$/.test(emoticon)) return 'neutral';
  if (/[)\]}]{2,}|[xX][dD]|[vV]$|^=/.test(emoticon)) return 'laugh';
  return 'pos';
}

/** UIT-VSFC replaced emoticons by words; map them back so that corpus teaches the same tokens. */
export const VSFC_EMOTICON_WORDS: ReadonlyMap<string, EmotionClass> = new Map([
  ['colonsmile', 'pos'],
  ['colonsad', 'neg'],
  ['colonsurprise', 'neutral'],
  ['colonlove', 'love'],
  ['colonsmilesmile', 'laugh'],
  ['coloncontemn', 'neutral'],
  ['colonbigsmile', 'laugh'],
  ['coloncc', 'neutral'],
  ['colonsmallsmile', 'pos'],
  ['coloncolon', 'neutral'],
  ['colonlovelove', 'love'],
  ['colonhihi', 'pos'],
  ['colonsadcolon', 'neg'],
  ['colondoublesurprise', 'neutral'],
]);

export function emotionToken(emotion: EmotionClass): string {
  return `<emo_${emotion}>`;
}
