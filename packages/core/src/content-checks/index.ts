export { bannedClaimsIn, DEFAULT_DISCLOSURES, findDisclosure } from './disclosure';
export {
  type CaptionDraft,
  estimatedJaccard,
  minHashSignature,
  nearDuplicateDrafts,
  shingles,
} from './near-duplicates';
