import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { IMPORT_KINDS } from './kinds';

export const ZImportParams = z.strictObject({ workspaceId: ZUuid, importId: ZUuid });
export const ZImportKind = z.enum(IMPORT_KINDS);
export const ZMapping = z.array(z.string().max(40).nullable()).max(200);
/** A value per field for the whole file (e.g. `{ "marketplace": "shopee" }`). */
export const ZFixedValues = z.record(z.string().max(40), z.string().max(500));
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ZProblemValues = z.record(z.string(), z.union([z.string(), z.number()]));
/** A problem's code and values, for clients that show it in the reader's language; `message` stays English. */
export const ZProblemCode = z.object({ code: z.string(), values: ZProblemValues });

export const ZPreview = z.object({
  id: z.string(),
  kind: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  headerRowNumber: z.number(),
  headers: z.array(z.string()),
  mapping: z.array(z.string().nullable()),
  fields: z.array(z.string()),
  fixedFields: z.array(z.string()),
  fixed: z.record(z.string(), z.string()),
  rowCount: z.number(),
  validCount: z.number(),
  rejectedCount: z.number(),
  existingCount: z.number(),
  notes: z.array(z.string()),
  /** The notes as codes with their values (e.g. `ga4.sessions` with `{ sessions, rows }`), same order. */
  noteDetails: z.array(z.object({ code: z.string(), values: ZProblemValues })),
  mappingProblems: z.array(z.string()),
  /** The mapping problems as codes with their values, same order (`imports.problemCodes.<code>` in the web app). */
  mappingProblemDetails: z.array(ZProblemCode),
  problems: z.array(
    z.object({ row: z.number(), column: z.string(), message: z.string() }).extend(ZProblemCode.shape),
  ),
  problemsShown: z.number(),
  problemsTotal: z.number(),
  sample: z.array(z.record(z.string(), z.unknown())),
});

export const ZImportStatus = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.string(),
  size: z.number(),
  result: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
