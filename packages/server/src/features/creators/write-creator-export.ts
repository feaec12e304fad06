import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { streamDownload } from '../../http/send-download';
import type { CreatorListItem } from './creator-schemas';
import { csvField, EXPORT_COLUMNS } from './export-columns';

/**
 * Sends creator list items as CSV (UTF-8 with BOM, opens in Excel) or XLSX, streamed page by page, through
 * `reply.send` so that the response keeps the request id and the other onSend headers.
 */
export async function writeCreatorExport(
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  fileStem: string,
  pages: () => AsyncGenerator<CreatorListItem[]>,
): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  await streamDownload(
    reply,
    {
      contentType:
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${fileStem}-${stamp}.${format}"`,
    },
    (out) => (format === 'csv' ? writeCsv(out, pages) : writeXlsx(out, pages)),
  );
}

async function writeCsv(out: Writable, pages: () => AsyncGenerator<CreatorListItem[]>): Promise<void> {
  out.write(`\uFEFF${EXPORT_COLUMNS.map((column) => csvField(column.header)).join(',')}\r\n`);
  for await (const items of pages()) {
    const lines = items.map((item) => EXPORT_COLUMNS.map((column) => csvField(column.value(item))).join(','));
    if (lines.length) out.write(`${lines.join('\r\n')}\r\n`);
  }
  out.end();
}

async function writeXlsx(out: Writable, pages: () => AsyncGenerator<CreatorListItem[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Creators');
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for await (const items of pages()) {
    for (const item of items) sheet.addRow(EXPORT_COLUMNS.map((column) => column.value(item))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
