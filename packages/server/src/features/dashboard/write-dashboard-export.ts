import ExcelJS from 'exceljs';
import type { ExportSection } from './export-sections';

function csvField(cell: string | number | null): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV (UTF-8 with BOM, opens in Excel): each section under its title, a blank line between sections. */
export function dashboardCsv(sections: readonly ExportSection[]): string {
  const blocks = sections.map((section) =>
    [[section.title], section.headers, ...section.rows]
      .map((row) => row.map(csvField).join(','))
      .join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}

/** One worksheet per section, bold headers, frozen header row. */
export async function dashboardXlsx(sections: readonly ExportSection[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.title.slice(0, 31));
    sheet.addRow(section.headers).font = { bold: true };
    for (const row of section.rows) sheet.addRow(row);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
