import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../http/contexts';

const BATCH_ROWS = 1_000;

/** A row keyed by database column names, with instants as ISO strings, ready for `jsonb_populate_recordset`. */
function toColumnRecord<T extends PgTable>(table: T, row: PgInsertValue<T>): Record<string, unknown> {
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (!column) throw new Error(`unknown column ${key}`);
    if (value !== undefined) record[column.name] = value instanceof Date ? value.toISOString() : value;
  }
  return record;
}

/**
 * Inserts rows 1,000 at a time, each batch as one JSON parameter expanded by `jsonb_populate_recordset`.
 * On the embedded database this is several times faster than binding every value separately; columns
 * absent from the rows keep their defaults.
 */
export async function insertJsonBatches<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly PgInsertValue<T>[],
) {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS).map((row) => toColumnRecord(table, row));
    const names = [...new Set(batch.flatMap((record) => Object.keys(record)))];
    const list: SQL = sql.join(
      names.map((name) => sql.identifier(name)),
      sql`, `,
    );
    await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(batch)}::jsonb)`,
    );
  }
}
