/** Rows per statement: larger batches have made the embedded database abort the transaction. */
export const WRITE_BATCH_ROWS = 200;

export function* chunks<T>(rows: readonly T[], size = WRITE_BATCH_ROWS): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
