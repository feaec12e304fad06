import { defineRoute } from '../../http/define-route';
import { sendDownload } from '../../http/send-download';
import { csvField } from '../creators/export-columns';
import type { RejectedRow } from './analyze-sheet';
import { ZImportParams } from './import-schemas';
import { loadImport } from './import-store';

export const rejectedRowsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/rejected',
  permission: 'import.read',
  summary:
    'CSV of the rows that were not imported: the original cells, the row number and the reason per column',
  tags: ['imports'],
  status: 200,
  schema: { params: ZImportParams },
  handler: async ({ ctx, params, reply }) => {
    const upload = await loadImport(ctx.services.db, ctx.workspace.id, params.importId);
    const result = (upload.result ?? {}) as { headers?: string[]; rejectedRows?: RejectedRow[] };
    const headers = result.headers ?? [];
    const lines = [
      ['Dòng', 'Lý do', ...headers].map(csvField).join(','),
      ...(result.rejectedRows ?? []).map((row) =>
        [
          row.rowNumber,
          row.problems.map((problem) => `${problem.column}: ${problem.message}`).join('; '),
          ...headers.map((_, index) => row.cells[index] ?? ''),
        ]
          .map(csvField)
          .join(','),
      ),
    ];
    sendDownload(reply, {
      contentType: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="rejected-${upload.id.slice(0, 8)}.csv"`,
      body: `\uFEFF${lines.join('\r\n')}\r\n`,
    });
    return undefined;
  },
});
