export {
  CREATOR_HEADER_SYNONYMS,
  CREATOR_IMPORT_FIELDS,
  type CreatorImportField,
  headerKey,
  suggestMapping,
} from './creator-fields';
export {
  accountFromUrl,
  type CreatorImportRow,
  IMPORT_PLATFORMS,
  platformFrom,
  type RowProblem,
  type RowResult,
  validateCreatorRow,
} from './creator-row';
export { type ParsedNumber, parseHumanNumber } from './parse-number';
