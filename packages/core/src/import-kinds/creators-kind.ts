import {
  CREATOR_HEADER_SYNONYMS,
  CREATOR_IMPORT_FIELDS,
  type CreatorImportField,
} from '../spreadsheet/creator-fields';
import { type CreatorImportRow, validateCreatorRow } from '../spreadsheet/creator-row';
import type { ImportKindSpec } from './kind-spec';

export const creatorsKind: ImportKindSpec<CreatorImportField, CreatorImportRow> = {
  id: 'creators',
  fields: CREATOR_IMPORT_FIELDS,
  synonyms: CREATOR_HEADER_SYNONYMS,
  missingInMapping: (mapped) =>
    mapped.has('handle') || mapped.has('url')
      ? []
      : ['choose the column with the handle or the profile link'],
  validateRow: validateCreatorRow,
  duplicateOf: {
    field: 'handle',
    key: (row) => `${row.platform}:${row.handle.toLowerCase()}`,
    message: (firstRow, row) => `same ${row.platform} account as row ${firstRow}`,
  },
};
