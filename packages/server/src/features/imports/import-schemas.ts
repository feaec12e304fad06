import { CREATOR_IMPORT_FIELDS } from '@lantoa/core/spreadsheet';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

export const ZImportParams = z.strictObject({ workspaceId: ZUuid, importId: ZUuid });
export const ZMapping = z.array(z.enum(CREATOR_IMPORT_FIELDS).nullable()).max(200);
/** Up to 10 MB per file... uploaded in base64 chunks that fit the API's body limit. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_CHUNK_CHARS = 700_000;

export const ZPreview = z.object({
  id: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  headerRowNumber: z.number(),
  headers: z.array(z.string()),
  mapping: z.array(z.string().nullable()),
  fields: z.array(z.string()),
  rowCount: z.number(),
  validCount: z.number(),
  rejectedCount: z.number(),
  existingCount: z.number(),
  mappingProblems: z.array(z.string()),
  problems: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  problemsShown: z.number(),
  problemsTotal: z.number(),
  sample: z.array(z.record(z.string(), z.unknown())),
});

export const ZImportStatus = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.string(),
  size: z.number(),
  result: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
