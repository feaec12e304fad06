import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/app-error';
import { decodeText } from './decode-text';

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
      {
        path: 'file',
        message: 'save it again as .xlsx or .csv (old .xls files are not supported)',
        reason: 'file_not_xlsx',
      },
    ]);
  return readCsv(bytes);
}

function readCsv(bytes: Buffer): Sheet {
  const { text, encoding } = decodeText(bytes);
  // The delimiter is read from the first line that is not "#" metadata (GA4 exports start with such lines).
  const firstLine =
    text
      .slice(0, 5000)
      .split(/\r?\n/)
      .find((line) => !line.replace(/^\uFEFF/, '').startsWith('#')) ?? '';
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
        reason: line ? 'csv_unreadable_at' : 'csv_unreadable',
        values: line ? { row: line } : {},
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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'This XLSX workbook could not be opened', [
      {
        path: 'file',
        message: 'save it again from Excel or Google Sheets as .xlsx, or as .csv',
        reason: 'file_not_xlsx',
      },
    ]);
  }
  const sheet =
    workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return { format: 'xlsx', encoding: null, rows: [] };
  const rows: SheetRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      // A merged cell reads as its top-left cell, so a value merged down a column fills every row it spans.
      cells.push(cellText(cell.isMerged ? cell.master.value : cell.value));
    }
    const filled = filledRow(number, cells);
    if (filled) rows.push(filled);
  });
  return { format: 'xlsx', encoding: null, rows };
}

/** Dates (wall time, as exceljs gives them in UTC) as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS"; formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
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
