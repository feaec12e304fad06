import { spreadsheetImports } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';
import { analyzeSheet, type RejectedRow } from './analyze-sheet';
import { loadImport, rememberedMappings, rememberMappings, storedFixed, storedMapping } from './import-store';
import { importKindHandler } from './kinds';
import { parsedSheets } from './parsed-sheet-cache';

export const IMPORT_ROWS_JOB = 'import.rows';

const ZPayload = z.object({
  workspaceId: z.uuid(),
  importId: z.uuid(),
  onDuplicate: z.enum(['update', 'skip']),
});

const number = (value: number) => value.toLocaleString('vi-VN');

/**
 * Imports the valid rows of an uploaded sheet of any kind, in batches of short transactions (the embedded database
 * has one connection; a single long transaction would hold it for the whole file). Writing is idempotent, so a
 * failed import says how far it got and running the same file again completes it without doubling anything.
 */
export const importRowsJobHandler: JobHandler<z.infer<typeof ZPayload>> = {
  type: IMPORT_ROWS_JOB,
  parse: (payload) => ZPayload.parse(payload),
  run: async ({ db, payload, progress }) => {
    const { workspaceId, importId, onDuplicate } = payload;
    const upload = await loadImport(db, workspaceId, importId);
    if (!upload.content) throw new Error('the uploaded file is no longer stored; upload it again');
    const handler = importKindHandler(upload.kind);
    await progress(2, 'Đang đọc tệp…');
    const sheet = await parsedSheets.sheet(importId, upload.content, upload.fileName);
    const remembered = await rememberedMappings(db, workspaceId, upload.kind);
    const chosen = storedMapping(upload);
    const fixed = storedFixed(upload);
    const analysis = parsedSheets.analysis(importId, sheet, { chosen, fixed, remembered }, () =>
      analyzeSheet(sheet, handler.spec, remembered, chosen, fixed),
    );
    parsedSheets.forget(importId);
    if (analysis.mappingProblems.length)
      throw new Error(
        `the column mapping needs fixing: ${analysis.mappingProblems.map((p) => p.message).join('; ')}`,
      );
    const total = analysis.valid.length;
    await progress(10, `Đang nhập ${number(total)} dòng hợp lệ…`);
    let written = 0;
    try {
      const outcome = await handler.write({
        db,
        workspaceId,
        importId,
        rows: analysis.valid,
        onDuplicate,
        progress: async (done) => {
          written = done;
          await progress(
            10 + Math.floor((85 * done) / Math.max(1, total)),
            `Đã xử lý ${number(done)} / ${number(total)} dòng`,
          );
        },
      });
      const cellsOf = new Map(sheet.rows.map((row) => [row.number, row.cells]));
      const lateRejects: RejectedRow[] = outcome.rejected.map((row) => ({
        rowNumber: row.rowNumber,
        cells: cellsOf.get(row.rowNumber) ?? [],
        problems: row.problems,
      }));
      const rejectedRows = [...analysis.rejected, ...lateRejects].sort((a, b) => a.rowNumber - b.rowNumber);
      await rememberMappings(db, workspaceId, upload.kind, analysis.headers, analysis.mapping);
      const result = {
        ...outcome.counts,
        valid: total - lateRejects.length,
        rejected: rejectedRows.length,
        headerRowNumber: analysis.headerRowNumber,
        headers: analysis.headers,
        rejectedRows,
      };
      await db
        .update(spreadsheetImports)
        .set({ status: 'imported', result, content: null, updatedAt: new Date() })
        .where(eq(spreadsheetImports.id, importId));
      const summary = Object.entries(outcome.counts)
        .map(([key, value]) => `${key}: ${number(value)}`)
        .join(', ');
      await progress(100, `Đã nhập (${summary}); ${number(rejectedRows.length)} dòng bị từ chối`);
      return { ...outcome.counts, valid: result.valid, rejected: rejectedRows.length };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await db
        .update(spreadsheetImports)
        .set({
          status: 'failed',
          result: {
            error: reason,
            written,
            valid: total,
            headers: analysis.headers,
            rejectedRows: analysis.rejected,
          },
          updatedAt: new Date(),
        })
        .where(eq(spreadsheetImports.id, importId));
      throw new Error(
        `stopped after ${number(written)} of ${number(total)} rows (those are saved; importing the same file again completes it without duplicates): ${reason}`,
      );
    }
  },
};
