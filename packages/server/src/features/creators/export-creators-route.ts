import ExcelJS from 'exceljs';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { accountsOf, toListItem } from './creator-view';
import { csvField, EXPORT_COLUMNS } from './export-columns';
import { searchCreators } from './search-creators';
import { ZCreatorSearch } from './search-query';

const PAGE = 1000;

export const exportCreatorsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/export',
  permission: 'creator.read',
  summary: 'Download the (filtered) creator list as CSV (UTF-8 with BOM, opens in Excel) or XLSX, streamed',
  tags: ['creators'],
  status: 200,
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ ...ZCreatorSearch, format: z.enum(['csv', 'xlsx']).default('xlsx') }),
  },
  handler: async ({ ctx, query, reply }) => {
    const { format, ...search } = query;
    const { db } = ctx.services;
    const workspaceId = ctx.workspace.id;
    const stamp = new Date().toISOString().slice(0, 10);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="lantoa-creators-${stamp}.${format}"`,
      'cache-control': 'no-store',
    });
    const pages = async function* () {
      let cursor: string | undefined;
      do {
        const page = await searchCreators(db, workspaceId, search, { cursor, limit: PAGE });
        const accounts = await accountsOf(
          db,
          workspaceId,
          page.rows.map((row) => row.creator.id),
        );
        yield page.rows.map((row) => toListItem(row, accounts));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    };
    if (format === 'csv') {
      raw.write(`\uFEFF${EXPORT_COLUMNS.map((column) => csvField(column.header)).join(',')}\r\n`);
      for await (const items of pages()) {
        const lines = items.map((item) =>
          EXPORT_COLUMNS.map((column) => csvField(column.value(item))).join(','),
        );
        if (lines.length) raw.write(`${lines.join('\r\n')}\r\n`);
      }
      raw.end();
      return undefined;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: raw, useStyles: true });
    const sheet = workbook.addWorksheet('Creators');
    sheet.columns = EXPORT_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    for await (const items of pages()) {
      for (const item of items) sheet.addRow(EXPORT_COLUMNS.map((column) => column.value(item))).commit();
    }
    sheet.commit();
    await workbook.commit();
    return undefined;
  },
});
