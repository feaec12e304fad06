import {
  CREATOR_IMPORT_FIELDS,
  type CreatorImportField,
  type CreatorImportRow,
  type RowProblem,
  suggestMapping,
  validateCreatorRow,
} from '@lantoa/core/spreadsheet';
import type { Sheet, SheetRow } from './read-spreadsheet';

export interface RejectedRow {
  rowNumber: number;
  cells: string[];
  problems: RowProblem[];
}

export interface SheetAnalysis {
  headerRowNumber: number;
  headers: string[];
  /** Field per column (null = not imported). */
  mapping: (CreatorImportField | null)[];
  valid: { rowNumber: number; row: CreatorImportRow }[];
  rejected: RejectedRow[];
  /** Problems with the mapping itself (no name column, a field twice, duplicated headers). */
  mappingProblems: string[];
}

const HEADER_SCAN = 10;

/** The header is the row among the first ten whose cells match the most known column names. */
export function detectHeaderRow(sheet: Sheet, remembered: ReadonlyMap<string, string>): SheetRow | null {
  let best: { row: SheetRow; score: number } | null = null;
  for (const row of sheet.rows.slice(0, HEADER_SCAN)) {
    const score = suggestMapping(row.cells, remembered).filter(Boolean).length;
    if (!best || score > best.score) best = { row, score };
  }
  return best?.row ?? null;
}

export function analyzeCreatorSheet(
  sheet: Sheet,
  remembered: ReadonlyMap<string, string>,
  chosen?: (CreatorImportField | null)[],
): SheetAnalysis {
  const headerRow = detectHeaderRow(sheet, remembered);
  if (!headerRow)
    return {
      headerRowNumber: 0,
      headers: [],
      mapping: [],
      valid: [],
      rejected: [],
      mappingProblems: ['the file has no rows'],
    };
  const headers = headerRow.cells.map((cell, index) => cell || `(${columnLetter(index)})`);
  const mapping = chosen
    ? headers.map((_, index) => chosen[index] ?? null)
    : suggestMapping(headers, remembered);
  const mappingProblems: string[] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const previous = seen.get(header.toLowerCase());
    if (previous !== undefined)
      mappingProblems.push(
        `column ${columnLetter(index)} repeats the header "${header}" of column ${columnLetter(previous)}`,
      );
    else seen.set(header.toLowerCase(), index);
  });
  for (const field of CREATOR_IMPORT_FIELDS) {
    const columns = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (columns.length > 1)
      mappingProblems.push(
        `"${field}" is chosen for ${columns.length} columns (${columns.map(columnLetter).join(', ')}); choose one`,
      );
  }
  if (!mapping.includes('handle') && !mapping.includes('url'))
    mappingProblems.push('choose the column with the handle or the profile link');
  const columnOf = (field: CreatorImportField) => {
    const index = mapping.indexOf(field);
    return index < 0 ? field : (headers[index] ?? field);
  };
  const valid: SheetAnalysis['valid'] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const sheetRow of sheet.rows) {
    if (sheetRow.number <= headerRow.number) continue;
    const cells: Partial<Record<CreatorImportField, string>> = {};
    mapping.forEach((field, index) => {
      if (field) cells[field] = sheetRow.cells[index] ?? '';
    });
    const result = validateCreatorRow(cells, columnOf);
    if (!result.ok) {
      rejected.push({ rowNumber: sheetRow.number, cells: sheetRow.cells, problems: result.problems });
      continue;
    }
    const key = `${result.row.platform}:${result.row.handle.toLowerCase()}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      rejected.push({
        rowNumber: sheetRow.number,
        cells: sheetRow.cells,
        problems: [
          { column: columnOf('handle'), message: `same ${result.row.platform} account as row ${first}` },
        ],
      });
      continue;
    }
    firstRowOf.set(key, sheetRow.number);
    valid.push({ rowNumber: sheetRow.number, row: result.row });
  }
  return { headerRowNumber: headerRow.number, headers, mapping, valid, rejected, mappingProblems };
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
