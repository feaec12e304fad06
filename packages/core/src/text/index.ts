export type { EmotionClass } from './emoticons';
export { classifyEmoji, classifyEmoticon } from './emoticons';
export { foldDiacritics } from './fold';
export { NEGATORS, POST_INTENSIFIERS, PRE_INTENSIFIERS } from './modifiers';
export { isStopWord, STOP_WORDS } from './stopwords';
export { ENGLISH_CHAT, VIETNAMESE_TEENCODE } from './teencode';
export type { Token, TokenKind, TokenLanguage } from './tokenize';
export { tokenize } from './tokenize';
export { foldPreservingOffsets, hasVietnameseDiacritics, normalizeUnicode } from './unicode';
