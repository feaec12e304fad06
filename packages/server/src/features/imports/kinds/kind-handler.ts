import type { FieldProblem, ImportKindSpec } from '@lantoa/core/import-kinds';
import type { Db } from '@lantoa/db';

export interface ValidRow<R> {
  rowNumber: number;
  row: R;
}

export interface WriteInput<R> {
  db: Db;
  workspaceId: string;
  /** The spreadsheet import being written, for rows that record where they came from. */
  importId: string;
  rows: ValidRow<R>[];
  onDuplicate: 'update' | 'skip';
  /** Reports how many valid rows are done; awaited between batches, never inside a transaction. */
  progress(done: number): Promise<void>;
}

export interface WriteOutcome {
  counts: Record<string, number>;
  /** Rows valid on their own that could not be written, e.g. a post the workspace does not have. */
  rejected: { rowNumber: number; problems: FieldProblem[] }[];
}

/** A sentence for the preview (English, for API users) and its code and values, for the app to translate. */
export interface PreviewNote {
  code: string;
  values: Record<string, string | number>;
  text: string;
}

export interface PreviewNotes {
  /** Valid rows that match something already stored (re-import, update). */
  existing: number;
  /** E.g. promo codes that match no creator. */
  notes: PreviewNote[];
}

/** What the import pipeline needs to know about one kind of spreadsheet on the server. */
export interface ImportKindHandler<R = unknown> {
  spec: ImportKindSpec<string, R>;
  /** Fields whose value can be chosen once for the whole file instead of a column. */
  fixedFields: readonly string[];
  /** Values for the whole file read from its headers (e.g. the marketplace of an order export). */
  detectFixed?(headers: readonly string[]): Record<string, string>;
  preview?(db: Db, workspaceId: string, rows: R[]): Promise<PreviewNotes>;
  write(input: WriteInput<R>): Promise<WriteOutcome>;
}
