import { type Ga4Row, ga4CreatorMatcher, ga4Kind, ga4RowKey, importProblem } from '@lantoa/core/import-kinds';
import { sql } from 'drizzle-orm';
import { unnestRows } from '../unnest';
import { importKeyOf, loadGa4Campaign } from './ga4-campaign';
import type { ImportKindHandler, PreviewNotes, WriteOutcome } from './kind-handler';

const BATCH = 2000;

/**
 * GA4 exports become site analytics of the campaign chosen for the file, per row (day × source / medium × utm
 * campaign × ad content), attributed to a creator when the campaign's tracked links name one
 * (`ga4CreatorMatcher`). A row is identified by those tags, so importing the same export again changes nothing and
 * a later export of the same days updates them.
 */
export const ga4Handler: ImportKindHandler<Ga4Row> = {
  spec: ga4Kind,
  fixedFields: ['campaign'],
  preview: async (db, workspaceId, rows): Promise<PreviewNotes> => {
    const chosen = rows[0]?.campaignId;
    if (!chosen) return { existing: 0, notes: [] };
    const campaign = await loadGa4Campaign(db, workspaceId, chosen);
    if (!campaign)
      return {
        existing: 0,
        notes: [{ code: 'ga4.noCampaign', values: {}, text: 'the chosen campaign is not in this workspace' }],
      };
    const creatorOf = ga4CreatorMatcher(campaign.links);
    const matched = rows.filter((row) => creatorOf(row) !== null).length;
    const stored = await db.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM site_analytics_entries
      WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaign.id}
        AND import_key = ANY(${sql.param(rows.map((row) => importKeyOf(ga4RowKey(row))))}::text[])`);
    const sessions = rows.reduce((sum, row) => sum + row.sessions, 0);
    return {
      existing: Number(stored.rows[0]?.count ?? 0),
      notes: [
        {
          code: 'ga4.sessions',
          values: { sessions, rows: rows.length },
          text: `${sessions} sessions in ${rows.length} rows`,
        },
        {
          code: 'ga4.matched',
          values: { matched, campaignLevel: rows.length - matched },
          text: `${matched} rows matched to a creator by the campaign's tracked links; ${rows.length - matched} stay at campaign level`,
        },
      ],
    };
  },
  write: async ({ db, workspaceId, importId, rows, onDuplicate, progress }) => {
    const counts = { created: 0, updated: 0, unchanged: 0, matchedToCreator: 0, sessions: 0 };
    const rejected: WriteOutcome['rejected'] = [];
    const chosen = rows[0]?.row.campaignId;
    const campaign = chosen ? await loadGa4Campaign(db, workspaceId, chosen) : null;
    if (!campaign) {
      for (const entry of rows)
        rejected.push({
          rowNumber: entry.rowNumber,
          problems: [{ column: 'campaign', ...importProblem('campaign_not_in_workspace') }],
        });
      return { counts, rejected };
    }
    const creatorOf = ga4CreatorMatcher(campaign.links);
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map(({ row }) => ({
        row,
        creatorId: creatorOf(row),
        key: importKeyOf(ga4RowKey(row)),
      }));
      const written = await db.transaction(async (tx) => {
        const result = await tx.execute<{ created: boolean }>(sql`
          INSERT INTO site_analytics_entries AS s
            (workspace_id, campaign_id, source, import_id, creator_id, at, sessions, bounces, time_on_page_s, import_key)
          SELECT ${workspaceId}, ${campaign.id}, 'import', ${importId}, r.creator_id, r.at, r.sessions, r.bounces,
            r.time_on_page_s, r.import_key
          FROM ${unnestRows('r', [
            { name: 'creator_id', type: 'uuid', values: batch.map((b) => b.creatorId) },
            { name: 'at', type: 'timestamptz', values: batch.map((b) => b.row.date?.toISOString() ?? null) },
            { name: 'sessions', type: 'int8', values: batch.map((b) => b.row.sessions) },
            { name: 'bounces', type: 'int8', values: batch.map((b) => b.row.bounces) },
            { name: 'time_on_page_s', type: 'float8', values: batch.map((b) => b.row.timeOnPageS) },
            { name: 'import_key', type: 'text', values: batch.map((b) => b.key) },
          ])}
          ${
            onDuplicate === 'skip'
              ? sql`ON CONFLICT (campaign_id, import_key) DO NOTHING`
              : sql`ON CONFLICT (campaign_id, import_key) DO UPDATE SET
                  creator_id = excluded.creator_id, at = excluded.at, sessions = excluded.sessions,
                  bounces = excluded.bounces, time_on_page_s = excluded.time_on_page_s, import_id = excluded.import_id
                WHERE (s.creator_id, s.at, s.sessions, s.bounces, s.time_on_page_s)
                  IS DISTINCT FROM (excluded.creator_id, excluded.at, excluded.sessions, excluded.bounces,
                    excluded.time_on_page_s)`
          }
          RETURNING (xmax = 0) AS created`);
        return result.rows;
      });
      const created = written.filter((row) => row.created).length;
      counts.created += created;
      counts.updated += written.length - created;
      counts.unchanged += batch.length - written.length;
      counts.matchedToCreator += batch.filter((b) => b.creatorId !== null).length;
      counts.sessions += batch.reduce((sum, b) => sum + b.row.sessions, 0);
      await progress(Math.min(start + BATCH, rows.length));
    }
    return { counts, rejected };
  },
};
