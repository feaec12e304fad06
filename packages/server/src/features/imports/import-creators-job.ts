import type { CreatorImportField } from '@lantoa/core/spreadsheet';
import { spreadsheetImports } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';
import { refreshCreatorStats } from '../creators/refresh-creator-stats';
import { analyzeCreatorSheet } from './analyze-creator-sheet';
import { loadImport, rememberedMappings, rememberMappings, storedMapping } from './import-store';
import { readSpreadsheet } from './read-spreadsheet';
import { type UpsertCounts, upsertCreatorBatch } from './upsert-creators';

export const IMPORT_CREATORS_JOB = 'import.creators';
const BATCH = 200;

const ZPayload = z.object({
  workspaceId: z.uuid(),
  importId: z.uuid(),
  onDuplicate: z.enum(['update', 'skip']),
});

/**
 * Imports the valid rows of an uploaded sheet in ONE transaction: either every valid row is written or none is
 * (never half a file). Rejected rows are kept with their reasons for the downloadable file.
 */
export const importCreatorsJobHandler: JobHandler<z.infer<typeof ZPayload>> = {
  type: IMPORT_CREATORS_JOB,
  parse: (payload) => ZPayload.parse(payload),
  run: async ({ db, payload, progress }) => {
    const { workspaceId, importId, onDuplicate } = payload;
    const upload = await loadImport(db, workspaceId, importId);
    if (!upload.content) throw new Error('the uploaded file is no longer stored; upload it again');
    await progress(2, 'Đang đọc tệp…');
    const sheet = await readSpreadsheet(upload.content, upload.fileName);
    const remembered = await rememberedMappings(db, workspaceId, 'creators');
    const analysis = analyzeCreatorSheet(
      sheet,
      remembered,
      storedMapping(upload) as (CreatorImportField | null)[] | undefined,
    );
    if (analysis.mappingProblems.length)
      throw new Error(`the column mapping needs fixing: ${analysis.mappingProblems.join('; ')}`);
    await progress(10, `Đang nhập ${analysis.valid.length.toLocaleString('vi-VN')} dòng hợp lệ…`);
    const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
    const now = new Date();
    await db.transaction(async (tx) => {
      const touched: string[] = [];
      for (let start = 0; start < analysis.valid.length; start += BATCH) {
        const batch = analysis.valid.slice(start, start + BATCH).map((entry) => entry.row);
        touched.push(...(await upsertCreatorBatch(tx, workspaceId, batch, onDuplicate, counts, now)));
        const done = Math.min(start + BATCH, analysis.valid.length);
        // Fire-and-forget: on the single-connection embedded database the update lands after the commit.
        void progress(
          10 + Math.floor((80 * done) / Math.max(1, analysis.valid.length)),
          `Đã xử lý ${done.toLocaleString('vi-VN')} / ${analysis.valid.length.toLocaleString('vi-VN')} dòng`,
        ).catch(() => undefined);
      }
      for (let start = 0; start < touched.length; start += 5000) {
        await refreshCreatorStats(tx, workspaceId, { creatorIds: touched.slice(start, start + 5000) });
      }
      await rememberMappings(tx, workspaceId, 'creators', analysis.headers, analysis.mapping);
      const result = {
        ...counts,
        valid: analysis.valid.length,
        rejected: analysis.rejected.length,
        headerRowNumber: analysis.headerRowNumber,
        headers: analysis.headers,
        rejectedRows: analysis.rejected,
      };
      await tx
        .update(spreadsheetImports)
        .set({ status: 'imported', result, content: null, updatedAt: new Date() })
        .where(eq(spreadsheetImports.id, importId));
    });
    const summary = `Đã nhập: ${counts.created} mới, ${counts.updated} cập nhật, ${counts.unchanged} không đổi, ${counts.skipped} bỏ qua; ${analysis.rejected.length} dòng bị từ chối`;
    await progress(100, summary);
    return { ...counts, rejected: analysis.rejected.length, valid: analysis.valid.length };
  },
};
