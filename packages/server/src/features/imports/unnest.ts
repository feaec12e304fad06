import { type SQL, sql } from 'drizzle-orm';

/** One column of rows sent as a single array parameter: a batch is one statement, not one per row. */
export interface ArrayColumn {
  name: string;
  /** The element type, e.g. 'text', 'uuid', 'int8', 'timestamptz', 'jsonb'. */
  type: string;
  values: unknown[];
}

/** `unnest($1::text[], $2::uuid[], …) AS alias(a, b, …)`: rows from parallel arrays. */
export function unnestRows(alias: string, columns: ArrayColumn[]): SQL {
  const arrays = columns.map((column) => sql`${sql.param(column.values)}::${sql.raw(column.type)}[]`);
  const names = columns.map((column) => column.name).join(', ');
  return sql`unnest(${sql.join(arrays, sql`, `)}) AS ${sql.raw(alias)}(${sql.raw(names)})`;
}

/** Postgres arrays cannot nest in unnest, so a list travels as one text with this separator. */
export const LIST_SEPARATOR = '\u001f';

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR);
}
