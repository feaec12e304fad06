export type { TaggedComment } from './batch';
export { tagComments } from './batch';
export type { CommentTag, ObjectionKind, PurchaseIntentKind, SpamKind, TagKind } from './rules';
export type { AuthoredComment, SeedingRingOptions } from './seeding';
export { detectSeedingRings, duplicateKey } from './seeding';
export type { TagMatch } from './tag';
export { hasTag, tagComment } from './tag';
