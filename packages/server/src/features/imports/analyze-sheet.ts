import {
  type AnyImportKindSpec,
  type FieldProblem,
  type ImportProblem,
  importProblem,
  suggestKindMapping,
  synonymIndex,
} from '@lantoa/core/import-kinds';
import type { Sheet, SheetRow } from './read-spreadsheet';

export interface RejectedRow {
  rowNumber: number;
  cells: string[];
  problems: FieldProblem[];
}

export interface SheetAnalysis<R = unknown> {
  headerRowNumber: number;
  headers: string[];
  /** Field per column (null = not imported). */
  mapping: (string | null)[];
  valid: { rowNumber: number; row: R }[];
  rejected: RejectedRow[];
  /** Problems with the mapping itself (a required field missing, a field twice, duplicated headers). */
  mappingProblems: ImportProblem[];
}

/** Values that hold for every row of the file (e.g. the marketplace, or the post the comments belong to). */
export type FixedValues = Readonly<Record<string, string>>;

const HEADER_SCAN = 10;

/** The header is the row among the first ten whose cells match the most known column names. */
export function detectHeaderRow(
  sheet: Sheet,
  spec: AnyImportKindSpec,
  remembered: ReadonlyMap<string, string>,
): SheetRow | null {
  const index = synonymIndex(spec);
  let best: { row: SheetRow; score: number } | null = null;
  for (const row of sheet.rows.slice(0, HEADER_SCAN)) {
    const score = suggestKindMapping(spec, row.cells, remembered, index).filter(Boolean).length;
    if (!best || score > best.score) best = { row, score };
  }
  return best?.row ?? null;
}

/** Header detection, mapping, and every row validated with its problems by row and column; nothing is written. */
export function analyzeSheet(
  sheet: Sheet,
  spec: AnyImportKindSpec,
  remembered: ReadonlyMap<string, string>,
  chosen?: (string | null)[],
  fixed: FixedValues = {},
): SheetAnalysis {
  const table = spec.skipsCommentLines ? firstTable(sheet) : sheet;
  const headerRow = detectHeaderRow(table, spec, remembered);
  if (!headerRow)
    return {
      headerRowNumber: 0,
      headers: [],
      mapping: [],
      valid: [],
      rejected: [],
      mappingProblems: [importProblem('no_rows')],
    };
  const headers = headerRow.cells.map((cell, index) => cell || `(${columnLetter(index)})`);
  const known = new Set(spec.fields);
  const mapping = chosen
    ? headers.map((_, index) => {
        const field = chosen[index] ?? null;
        return field && known.has(field) ? field : null;
      })
    : suggestKindMapping(spec, headers, remembered);
  const mappingProblems = checkMapping(spec, headers, mapping, fixed);
  const columnOf = (field: string) => {
    const index = mapping.indexOf(field);
    return index < 0 ? field : (headers[index] ?? field);
  };
  const columns = mapping.flatMap((field, index) => (field ? [[field, index] as const] : []));
  const fixedFields = Object.entries(fixed).filter(
    ([field, value]) => known.has(field) && value.trim() !== '',
  );
  const valid: SheetAnalysis['valid'] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const sheetRow of table.rows) {
    if (sheetRow.number <= headerRow.number) continue;
    const cells: Record<string, string> = {};
    for (const [field, value] of fixedFields) cells[field] = value;
    for (const [field, index] of columns) {
      const value = sheetRow.cells[index] ?? '';
      if (value !== '' || cells[field] === undefined) cells[field] = value;
    }
    const result = spec.validateRow(cells, columnOf);
    if (!result.ok) {
      rejected.push({ rowNumber: sheetRow.number, cells: sheetRow.cells, problems: result.problems });
      continue;
    }
    const duplicate = spec.duplicateOf;
    if (duplicate) {
      const key = duplicate.key(result.row);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        rejected.push({
          rowNumber: sheetRow.number,
          cells: sheetRow.cells,
          problems: [{ column: columnOf(duplicate.field), ...duplicate.problem(first, result.row) }],
        });
        continue;
      }
      firstRowOf.set(key, sheetRow.number);
    }
    valid.push({ rowNumber: sheetRow.number, row: result.row });
  }
  return { headerRowNumber: headerRow.number, headers, mapping, valid, rejected, mappingProblems };
}

const isCommentLine = (row: SheetRow) => (row.cells[0] ?? '').startsWith('#');

/** The rows between the leading "#" metadata lines and the next "#" line (where an export's next table starts). */
function firstTable(sheet: Sheet): Sheet {
  const start = sheet.rows.findIndex((row) => !isCommentLine(row));
  if (start < 0) return { ...sheet, rows: [] };
  const end = sheet.rows.findIndex((row, index) => index > start && isCommentLine(row));
  return { ...sheet, rows: sheet.rows.slice(start, end < 0 ? undefined : end) };
}

function checkMapping(
  spec: AnyImportKindSpec,
  headers: string[],
  mapping: (string | null)[],
  fixed: FixedValues,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const previous = seen.get(header.toLowerCase());
    if (previous !== undefined)
      problems.push(
        importProblem('header_repeated', {
          column: columnLetter(index),
          header,
          previous: columnLetter(previous),
        }),
      );
    else seen.set(header.toLowerCase(), index);
  });
  for (const field of spec.fields) {
    const columns = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (columns.length > 1)
      problems.push(
        importProblem('field_twice', {
          field,
          count: columns.length,
          columns: columns.map(columnLetter).join(', '),
        }),
      );
  }
  const mapped = new Set<string>(mapping.filter((field): field is string => field !== null));
  for (const [field, value] of Object.entries(fixed)) if (value.trim()) mapped.add(field);
  problems.push(...spec.missingInMapping(mapped));
  return problems;
}

export function columnLetter(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
