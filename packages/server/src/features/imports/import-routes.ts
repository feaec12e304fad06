import { spreadsheetImports } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { analyzeSheet } from './analyze-sheet';
import { IMPORT_ROWS_JOB } from './import-job';
import {
  ZFixedValues,
  ZImportKind,
  ZImportParams,
  ZImportStatus,
  ZMapping,
  ZPreview,
} from './import-schemas';
import {
  type ImportRow,
  loadImport,
  mappingRecord,
  rememberedMappings,
  storedFixed,
  storedMapping,
} from './import-store';
import { importKindHandler } from './kinds';
import { parsedSheets } from './parsed-sheet-cache';

const PROBLEMS_SHOWN = 500;

export const createImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports',
  permission: 'import.write',
  summary:
    'Start a spreadsheet import (CSV or XLSX) of creators, orders, post metrics or comments; then PUT the file’s bytes to …/imports/{importId}/file',
  tags: ['imports'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({ kind: ZImportKind, fileName: z.string().trim().min(1).max(255) }),
    response: ZImportStatus,
  },
  handler: async ({ ctx, body }) => {
    const row = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(spreadsheetImports)
        .values({
          workspaceId: ctx.workspace.id,
          kind: body.kind,
          fileName: body.fileName,
          content: Buffer.alloc(0),
          createdBy: ctx.actor.id,
        })
        .returning();
      if (!created) throw new Error('insert returned no import');
      await audit({
        action: 'import.upload',
        entityType: 'import',
        entityId: created.id,
        after: { kind: body.kind, fileName: body.fileName },
      });
      return created;
    });
    return statusOf(row);
  },
});

export const previewImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/preview',
  permission: 'import.write',
  summary:
    'Detect the header row, suggest (or apply) a column mapping and values for the whole file, and list every problem by row, column and reason before anything is written',
  tags: ['imports'],
  schema: {
    params: ZImportParams,
    body: z.strictObject({ mapping: ZMapping.optional(), fixed: ZFixedValues.optional() }),
    response: ZPreview,
  },
  handler: async ({ ctx, params, body }) => {
    const { db } = ctx.services;
    const upload = await loadImport(db, ctx.workspace.id, params.importId);
    if (!upload.content || upload.content.length === 0)
      throw new AppError('validation_failed', 'Nothing was uploaded yet', [
        { path: 'file', message: 'upload the file first' },
      ]);
    const handler = importKindHandler(upload.kind);
    for (const field of Object.keys(body.fixed ?? {}))
      if (!handler.fixedFields.includes(field))
        throw new AppError('validation_failed', `"${field}" cannot be set for the whole file`, [
          { path: `body.fixed.${field}`, message: `one of: ${handler.fixedFields.join(', ') || 'none'}` },
        ]);
    const sheet = await parsedSheets.sheet(upload.id, upload.content, upload.fileName);
    const remembered = await rememberedMappings(db, ctx.workspace.id, upload.kind);
    const chosen = body.mapping ?? storedMapping(upload);
    let fixed = body.fixed ?? storedFixed(upload);
    if (!body.fixed && Object.keys(fixed).length === 0 && handler.detectFixed) {
      const headerRow = analyzeSheet({ ...sheet, rows: sheet.rows.slice(0, 10) }, handler.spec, remembered);
      fixed = handler.detectFixed(headerRow.headers);
    }
    const analysis = parsedSheets.analysis(upload.id, sheet, { chosen, fixed, remembered }, () =>
      analyzeSheet(sheet, handler.spec, remembered, chosen, fixed),
    );
    await db
      .update(spreadsheetImports)
      .set({ mapping: mappingRecord(analysis.mapping, fixed), updatedAt: new Date() })
      .where(eq(spreadsheetImports.id, upload.id));
    const problems = analysis.rejected.flatMap((row) =>
      row.problems.map((problem) => ({
        row: row.rowNumber,
        column: problem.column,
        code: problem.code,
        values: problem.values,
        message: problem.message,
      })),
    );
    const notes = handler.preview
      ? await handler.preview(
          db,
          ctx.workspace.id,
          analysis.valid.map((entry) => entry.row),
        )
      : { existing: 0, notes: [] };
    return {
      id: upload.id,
      kind: upload.kind,
      format: sheet.format,
      encoding: sheet.encoding,
      headerRowNumber: analysis.headerRowNumber,
      headers: analysis.headers,
      mapping: analysis.mapping,
      fields: [...handler.spec.fields],
      fixedFields: [...handler.fixedFields],
      fixed,
      rowCount: analysis.valid.length + analysis.rejected.length,
      validCount: analysis.valid.length,
      rejectedCount: analysis.rejected.length,
      existingCount: notes.existing,
      notes: notes.notes.map((note) => note.text),
      noteDetails: notes.notes.map(({ code, values }) => ({ code, values })),
      mappingProblems: analysis.mappingProblems.map((problem) => problem.message),
      mappingProblemDetails: analysis.mappingProblems.map(({ code, values }) => ({ code, values })),
      problems: problems.slice(0, PROBLEMS_SHOWN),
      problemsShown: Math.min(PROBLEMS_SHOWN, problems.length),
      problemsTotal: problems.length,
      sample: analysis.valid.slice(0, 5).map((entry) => ({ row: entry.rowNumber, ...(entry.row as object) })),
    };
  },
});

export const runImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/run',
  permission: 'import.write',
  summary:
    'Import the valid rows as a background job with progress; rows that match stored ones are updated or skipped, and importing the same file again changes nothing',
  tags: ['imports'],
  status: 202,
  schema: {
    params: ZImportParams,
    body: z.strictObject({ onDuplicate: z.enum(['update', 'skip']) }),
    response: z.object({ jobId: z.string() }),
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await ctx.write(async (tx, audit) => {
      const upload = await loadImport(tx, workspaceId, params.importId);
      if (upload.status !== 'uploaded')
        throw new AppError('conflict', 'This file was already imported; upload it again to re-import');
      if (!upload.content?.length)
        throw new AppError('validation_failed', 'Nothing was uploaded yet', [
          { path: 'file', message: 'upload the file first' },
        ]);
      await tx
        .update(spreadsheetImports)
        .set({ status: 'importing', updatedAt: new Date() })
        .where(eq(spreadsheetImports.id, upload.id));
      await audit({
        action: 'import.run',
        entityType: 'import',
        entityId: upload.id,
        after: {
          kind: upload.kind,
          fileName: upload.fileName,
          onDuplicate: body.onDuplicate,
          mapping: upload.mapping,
        },
      });
    });
    const job = await ctx.services.jobs.enqueue(
      IMPORT_ROWS_JOB,
      { workspaceId, importId: params.importId, onDuplicate: body.onDuplicate },
      { workspaceId, createdBy: ctx.actor.id, maxAttempts: 1 },
    );
    return { jobId: job.id };
  },
});

export const getImportRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId',
  permission: 'import.read',
  summary: 'An import and, once done, its counts (created, updated, unchanged, skipped, rejected…)',
  tags: ['imports'],
  schema: { params: ZImportParams, response: ZImportStatus },
  handler: async ({ ctx, params }) =>
    statusOf(await loadImport(ctx.services.db, ctx.workspace.id, params.importId)),
});

export function statusOf(row: ImportRow) {
  const { rejectedRows: _rows, ...result } = (row.result ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    size: row.content?.length ?? 0,
    result: row.result ? result : null,
    createdAt: row.createdAt.toISOString(),
  };
}
