export type { TaggedBatch, TaggedComment } from './batch';
export { tagComments, tagCommentsWithHistory } from './batch';
export type { CommentTag, ObjectionKind, PurchaseIntentKind, SpamKind, TagKind } from './rules';
export type { AuthoredComment, SeedingRingOptions } from './seeding';
export {
  DEFAULT_SEEDING_WINDOW_MS,
  detectSeedingRings,
  duplicateKey,
  seedingRingKey,
  seedingRingTag,
} from './seeding';
export type { TagMatch } from './tag';
export { hasTag, tagComment } from './tag';
