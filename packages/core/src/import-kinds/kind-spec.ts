import { headerKey } from '../spreadsheet/creator-fields';
import type { ImportProblem } from './problem-codes';

export interface FieldProblem extends ImportProblem {
  /** The field's column header as it appears in the file. */
  column: string;
}

export type RowOutcome<R> = { ok: true; row: R } | { ok: false; problems: FieldProblem[] };

/**
 * What one kind of spreadsheet holds: its fields, the header texts people use for each (Vietnamese and English),
 * what a usable mapping needs and how one row is read. The import pipeline (upload → detect → map → preview → job
 * → rejected rows) is the same for every kind.
 */
export interface ImportKindSpec<F extends string = string, R = unknown> {
  id: string;
  fields: readonly F[];
  synonyms: Readonly<Record<F, readonly string[]>>;
  /**
   * What the mapping still lacks, e.g. "choose the column with the order id". `mapped` holds the fields that have
   * a column or a value chosen for the whole file.
   */
  missingInMapping(mapped: ReadonlySet<F>): ImportProblem[];
  validateRow(cells: Partial<Record<F, string>>, columnOf: (field: F) => string): RowOutcome<R>;
  /** Two rows of one file with the same key are the same thing: the later one is rejected. */
  duplicateOf?: { field: F; key(row: R): string; problem(firstRow: number, row: R): ImportProblem };
  /**
   * Lines whose first cell starts with "#" are the export's metadata (GA4 writes the report name and dates
   * before the header): never the header, never a row; one after the rows ends the table.
   */
  skipsCommentLines?: boolean;
}

export type AnyImportKindSpec = ImportKindSpec<string, unknown>;

/** Header key → field, from a kind's synonyms. */
export function synonymIndex<F extends string>(spec: ImportKindSpec<F, unknown>): Map<string, F> {
  const index = new Map<string, F>();
  for (const field of spec.fields)
    for (const synonym of spec.synonyms[field]) {
      const key = headerKey(synonym);
      if (!index.has(key)) index.set(key, field);
    }
  return index;
}

/**
 * A field per column: what the workspace confirmed before wins, then a synonym; a field goes to its first column
 * only (a duplicated header stays unmapped and is reported).
 */
export function suggestKindMapping<F extends string>(
  spec: ImportKindSpec<F, unknown>,
  headers: readonly string[],
  remembered: ReadonlyMap<string, string> = new Map(),
  index: ReadonlyMap<string, F> = synonymIndex(spec),
): (F | null)[] {
  const taken = new Set<string>();
  const known = new Set<string>(spec.fields);
  return headers.map((header) => {
    const key = headerKey(header);
    const rememberedField = remembered.get(key);
    const field =
      rememberedField && known.has(rememberedField) ? (rememberedField as F) : (index.get(key) ?? null);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export const blankToNull = (value: string | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
