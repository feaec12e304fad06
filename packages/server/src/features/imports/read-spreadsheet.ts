import { parse } from 'csv-parse/sync';
import { AppError } from '../../http/app-error';
import { decodeText } from './decode-text';
import type { MergedRange } from './sheet-merges';
import { readXlsxRows } from './xlsx-reader';

export interface SheetRow {
  /** 1-based row number in the file, as a spreadsheet shows it. */
  number: number;
  cells: string[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  rows: SheetRow[];
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a CSV or XLSX into rows of strings; empty rows are dropped but keep their numbers for reporting. */
export async function readSpreadsheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  const isZip = XLSX_MAGIC.every((byte, index) => bytes[index] === byte);
  if (isZip) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName) && !isZip)
    throw new AppError('validation_failed', 'This file is not a readable XLSX workbook', [
      { path: 'file', message: 'save it again as .xlsx or .csv (old .xls files are not supported)' },
    ]);
  return readCsv(bytes);
}

function readCsv(bytes: Buffer): Sheet {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.slice(0, 5000).split(/\r?\n/)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('validation_failed', 'The CSV could not be read', [
      {
        path: line ? `row ${line}` : 'file',
        message: error instanceof Error ? error.message : String(error),
      },
    ]);
  }
  const rows: SheetRow[] = [];
  records.forEach((cells, index) => {
    const row = filledRow(index + 1, cells);
    if (row) rows.push(row);
  });
  return { format: 'csv', encoding, rows };
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  let read: ReturnType<typeof readXlsxRows> = null;
  try {
    read = readXlsxRows(bytes);
  } catch {
    // A damaged archive (bad offsets, bad deflate data) is reported like any unreadable workbook.
  }
  if (!read)
    throw new AppError('validation_failed', 'This XLSX workbook could not be opened', [
      { path: 'file', message: 'save it again from Excel or Google Sheets as .xlsx, or as .csv' },
    ]);
  const rows = read.rows.flatMap((row) => filledRow(row.number, row.cells) ?? []);
  fillMerged(rows, read.merges);
  return { format: 'xlsx', encoding: null, rows };
}

/** A merged cell reads as its top-left cell, so a value merged down a column fills every row it spans. */
function fillMerged(rows: SheetRow[], ranges: MergedRange[]): void {
  if (ranges.length === 0) return;
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  for (const range of ranges) {
    const master = byNumber.get(range.top)?.cells[range.left - 1] ?? '';
    for (let number = range.top; number <= range.bottom; number++) {
      const row = byNumber.get(number);
      if (!row) continue;
      for (let column = range.left; column <= range.right; column++) {
        while (row.cells.length < column) row.cells.push('');
        row.cells[column - 1] = master;
      }
    }
  }
}

function filledRow(number: number, raw: unknown[]): SheetRow | null {
  let filled = false;
  const cells = raw.map((cell) => {
    const text = typeof cell === 'string' ? cell.trim() : String(cell ?? '').trim();
    if (text !== '') filled = true;
    return text;
  });
  return filled ? { number, cells } : null;
}
