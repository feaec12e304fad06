import {
  CREATOR_HEADER_SYNONYMS,
  CREATOR_IMPORT_FIELDS,
  type CreatorImportField,
} from '../spreadsheet/creator-fields';
import { type CreatorImportRow, validateCreatorRow } from '../spreadsheet/creator-row';
import type { ImportKindSpec } from './kind-spec';
import { importProblem } from './problem-codes';

export const creatorsKind: ImportKindSpec<CreatorImportField, CreatorImportRow> = {
  id: 'creators',
  fields: CREATOR_IMPORT_FIELDS,
  synonyms: CREATOR_HEADER_SYNONYMS,
  missingInMapping: (mapped) =>
    mapped.has('handle') || mapped.has('url') ? [] : [importProblem('map_handle_or_url')],
  validateRow: validateCreatorRow,
  duplicateOf: {
    field: 'handle',
    key: (row) => `${row.platform}:${row.handle.toLowerCase()}`,
    problem: (firstRow, row) => importProblem('duplicate_account', { platform: row.platform, row: firstRow }),
  },
};
