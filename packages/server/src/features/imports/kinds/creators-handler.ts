import { creatorsKind } from '@lantoa/core/import-kinds';
import type { CreatorImportRow } from '@lantoa/core/spreadsheet';
import { sql } from 'drizzle-orm';
import { refreshCreatorStats } from '../../creators/refresh-creator-stats';
import { workspaceTierThresholds } from '../../creators/workspace-tier-thresholds';
import { unnestRows } from '../unnest';
import type { ImportKindHandler } from './kind-handler';
import { type UpsertCounts, upsertCreatorBatch } from './upsert-creators';

/** Rows per transaction: short transactions let other requests use the single embedded connection in between. */
export const CREATOR_BATCH = 5000;

export const creatorsHandler: ImportKindHandler<CreatorImportRow> = {
  spec: creatorsKind,
  fixedFields: ['platform'],
  preview: async (db, workspaceId, rows) => {
    let existing = 0;
    for (let start = 0; start < rows.length; start += 20_000) {
      const slice = rows.slice(start, start + 20_000);
      const result = await db.execute<{ count: number }>(sql`
        SELECT count(*)::int AS count
        FROM ${unnestRows('k', [
          { name: 'platform', type: 'text', values: slice.map((row) => row.platform) },
          { name: 'handle', type: 'text', values: slice.map((row) => row.handle.toLowerCase()) },
        ])}
        JOIN creator_accounts a ON a.workspace_id = ${workspaceId} AND a.platform = k.platform
          AND lower(a.handle) = k.handle`);
      existing += Number(result.rows[0]?.count ?? 0);
    }
    return { existing, notes: [] };
  },
  write: async ({ db, workspaceId, rows, onDuplicate, progress }) => {
    const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
    const now = new Date();
    const thresholds = await workspaceTierThresholds(db, workspaceId);
    for (let start = 0; start < rows.length; start += CREATOR_BATCH) {
      const batch = rows.slice(start, start + CREATOR_BATCH).map((entry) => entry.row);
      await db.transaction(async (tx) => {
        const updated = await upsertCreatorBatch(
          tx,
          workspaceId,
          batch,
          onDuplicate,
          counts,
          now,
          thresholds,
        );
        await refreshCreatorStats(tx, workspaceId, { creatorIds: updated }, thresholds);
      });
      await progress(Math.min(start + CREATOR_BATCH, rows.length));
    }
    return { counts: { ...counts }, rejected: [] };
  },
};
