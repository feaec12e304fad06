export type { MentionHit, MentionTarget } from './matcher';
export { MentionMatcher } from './matcher';
export type { MentionCounts, ShareOfVoice } from './share-of-voice';
export { countMentions, shareOfVoice, shareOfVoiceFromCounts } from './share-of-voice';
