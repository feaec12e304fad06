import { headerKey } from '@lantoa/core/spreadsheet';
import type { Db } from '@lantoa/db';
import { importHeaderMappings, spreadsheetImports } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

export type ImportRow = typeof spreadsheetImports.$inferSelect;

/** Keys of the stored mapping that hold a value for the whole file rather than a column index. */
const FIXED_PREFIX = 'fixed:';

export async function loadImport(db: Db | Tx, workspaceId: string, importId: string): Promise<ImportRow> {
  const [row] = await db
    .select()
    .from(spreadsheetImports)
    .where(and(eq(spreadsheetImports.id, importId), eq(spreadsheetImports.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('Import');
  return row;
}

export async function rememberedMappings(
  db: Db | Tx,
  workspaceId: string,
  kind: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ headerKey: importHeaderMappings.headerKey, field: importHeaderMappings.field })
    .from(importHeaderMappings)
    .where(and(eq(importHeaderMappings.workspaceId, workspaceId), eq(importHeaderMappings.kind, kind)));
  return new Map(rows.map((row) => [row.headerKey, row.field]));
}

/** Remembers header → field for the next file of this workspace (only mapped columns). */
export async function rememberMappings(
  db: Db | Tx,
  workspaceId: string,
  kind: string,
  headers: string[],
  mapping: (string | null)[],
): Promise<void> {
  const byKey = new Map<string, string>();
  headers.forEach((header, index) => {
    const field = mapping[index];
    const key = headerKey(header);
    if (field && key && !byKey.has(key)) byKey.set(key, field);
  });
  const values = [...byKey].map(([key, field]) => ({ workspaceId, kind, headerKey: key, field }));
  if (values.length === 0) return;
  await db
    .insert(importHeaderMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [importHeaderMappings.workspaceId, importHeaderMappings.kind, importHeaderMappings.headerKey],
      set: { field: sql`excluded.field`, uses: sql`${importHeaderMappings.uses} + 1`, updatedAt: sql`now()` },
    });
}

/** The stored mapping (column index → field) as a list, or undefined when none was chosen yet. */
export function storedMapping(row: ImportRow): (string | null)[] | undefined {
  const entries = Object.entries(row.mapping).filter(([key]) => /^\d+$/.test(key));
  if (entries.length === 0) return undefined;
  const width = Math.max(...entries.map(([index]) => Number(index))) + 1;
  return Array.from({ length: width }, (_, index) => row.mapping[String(index)] ?? null);
}

/** Values chosen for the whole file (e.g. marketplace), stored next to the column mapping. */
export function storedFixed(row: ImportRow): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row.mapping).flatMap(([key, value]) =>
      key.startsWith(FIXED_PREFIX) ? [[key.slice(FIXED_PREFIX.length), value]] : [],
    ),
  );
}

export function mappingRecord(
  mapping: (string | null)[],
  fixed: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    ...Object.fromEntries(mapping.flatMap((field, index) => (field ? [[String(index), field]] : []))),
    ...Object.fromEntries(
      Object.entries(fixed).flatMap(([field, value]) =>
        value.trim() ? [[`${FIXED_PREFIX}${field}`, value]] : [],
      ),
    ),
  };
}
