import { CREATOR_IMPORT_FIELDS, type CreatorImportField } from '@lantoa/core/spreadsheet';
import { creatorAccounts, spreadsheetImports } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { analyzeCreatorSheet } from './analyze-creator-sheet';
import { IMPORT_CREATORS_JOB } from './import-creators-job';
import {
  MAX_CHUNK_CHARS,
  MAX_IMPORT_BYTES,
  ZImportParams,
  ZImportStatus,
  ZMapping,
  ZPreview,
} from './import-schemas';
import { loadImport, mappingRecord, rememberedMappings, storedMapping } from './import-store';
import { readSpreadsheet } from './read-spreadsheet';

const PROBLEMS_SHOWN = 500;

export const createImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports',
  permission: 'creator.write',
  summary: 'Start a creator spreadsheet upload (CSV or XLSX); send the bytes with the chunks route',
  tags: ['imports'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({ kind: z.literal('creators'), fileName: z.string().trim().min(1).max(255) }),
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
        after: { fileName: body.fileName },
      });
      return created;
    });
    return statusOf(row);
  },
});

export const uploadImportChunkRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/chunks',
  permission: 'creator.write',
  summary:
    'Append a base64 chunk at `offset` (bytes); a chunk already received is ignored, so retries are safe',
  tags: ['imports'],
  schema: {
    params: ZImportParams,
    body: z.strictObject({ offset: z.number().int().min(0), data: z.base64().max(MAX_CHUNK_CHARS) }),
    response: z.object({ size: z.number() }),
  },
  handler: async ({ ctx, params, body }) => {
    const bytes = Buffer.from(body.data, 'base64');
    const result = await ctx.services.db.execute<{ size: number }>(sql`
      UPDATE spreadsheet_imports SET content = content || ${bytes}::bytea, updated_at = now()
      WHERE id = ${params.importId} AND workspace_id = ${ctx.workspace.id} AND status = 'uploaded'
        AND octet_length(content) = ${body.offset} AND octet_length(content) + ${bytes.length} <= ${MAX_IMPORT_BYTES}
      RETURNING octet_length(content) AS size`);
    const updated = result.rows[0];
    if (updated) return { size: Number(updated.size) };
    const row = await loadImport(ctx.services.db, ctx.workspace.id, params.importId);
    const size = row.content?.length ?? 0;
    if (row.status !== 'uploaded') throw new AppError('conflict', 'This import has already started');
    if (body.offset + bytes.length <= size) return { size };
    if (size + bytes.length > MAX_IMPORT_BYTES)
      throw new AppError(
        'payload_too_large',
        `Files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported`,
      );
    throw new AppError('validation_failed', `Expected the chunk at byte ${size}`, [
      { path: 'body.offset', message: `send offset ${size}` },
    ]);
  },
});

export const previewImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/preview',
  permission: 'creator.write',
  summary:
    'Detect the header row, suggest (or apply) a column mapping, and list every problem by row, column and reason before anything is written',
  tags: ['imports'],
  schema: {
    params: ZImportParams,
    body: z.strictObject({ mapping: ZMapping.optional() }),
    response: ZPreview,
  },
  handler: async ({ ctx, params, body }) => {
    const { db } = ctx.services;
    const upload = await loadImport(db, ctx.workspace.id, params.importId);
    if (!upload.content || upload.content.length === 0)
      throw new AppError('validation_failed', 'Nothing was uploaded yet', [
        { path: 'file', message: 'upload the file first' },
      ]);
    const sheet = await readSpreadsheet(upload.content, upload.fileName);
    const remembered = await rememberedMappings(db, ctx.workspace.id, 'creators');
    const chosen = (body.mapping ?? storedMapping(upload)) as (CreatorImportField | null)[] | undefined;
    const analysis = analyzeCreatorSheet(sheet, remembered, chosen);
    await db
      .update(spreadsheetImports)
      .set({ mapping: mappingRecord(analysis.mapping), updatedAt: new Date() })
      .where(eq(spreadsheetImports.id, upload.id));
    const problems = analysis.rejected.flatMap((row) =>
      row.problems.map((problem) => ({
        row: row.rowNumber,
        column: problem.column,
        message: problem.message,
      })),
    );
    return {
      id: upload.id,
      format: sheet.format,
      encoding: sheet.encoding,
      headerRowNumber: analysis.headerRowNumber,
      headers: analysis.headers,
      mapping: analysis.mapping,
      fields: [...CREATOR_IMPORT_FIELDS],
      rowCount: analysis.valid.length + analysis.rejected.length,
      validCount: analysis.valid.length,
      rejectedCount: analysis.rejected.length,
      existingCount: await countExisting(
        ctx.services.db,
        ctx.workspace.id,
        analysis.valid.map((entry) => entry.row),
      ),
      mappingProblems: analysis.mappingProblems,
      problems: problems.slice(0, PROBLEMS_SHOWN),
      problemsShown: Math.min(PROBLEMS_SHOWN, problems.length),
      problemsTotal: problems.length,
      sample: analysis.valid.slice(0, 5).map((entry) => ({ row: entry.rowNumber, ...entry.row })),
    };
  },
});

export const runImportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/run',
  permission: 'creator.write',
  summary:
    'Import the valid rows as a background job (all or nothing); duplicates by platform + handle are updated or skipped',
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
        after: { fileName: upload.fileName, onDuplicate: body.onDuplicate, mapping: upload.mapping },
      });
    });
    const job = await ctx.services.jobs.enqueue(
      IMPORT_CREATORS_JOB,
      { workspaceId, importId: params.importId, onDuplicate: body.onDuplicate },
      { workspaceId, createdBy: ctx.actor.id, maxAttempts: 1 },
    );
    return { jobId: job.id };
  },
});

export const getImportRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId',
  permission: 'creator.read',
  summary: 'An import and, once done, its counts (created, updated, unchanged, skipped, rejected)',
  tags: ['imports'],
  schema: { params: ZImportParams, response: ZImportStatus },
  handler: async ({ ctx, params }) =>
    statusOf(await loadImport(ctx.services.db, ctx.workspace.id, params.importId)),
});

function statusOf(row: Awaited<ReturnType<typeof loadImport>>) {
  const { rejectedRows: _rows, ...result } = (row.result ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    size: row.content?.length ?? 0,
    result: row.result ? result : null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function countExisting(
  db: Parameters<typeof loadImport>[0],
  workspaceId: string,
  rows: { platform: string; handle: string }[],
): Promise<number> {
  let total = 0;
  for (let start = 0; start < rows.length; start += 1000) {
    const pairs = rows
      .slice(start, start + 1000)
      .map((row) => sql`(${row.platform}, ${row.handle.toLowerCase()})`);
    const [hit] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(creatorAccounts)
      .where(
        and(
          eq(creatorAccounts.workspaceId, workspaceId),
          sql`(${creatorAccounts.platform}, lower(${creatorAccounts.handle})) IN (${sql.join(pairs, sql`, `)})`,
        ),
      );
    total += Number(hit?.count ?? 0);
  }
  return total;
}
