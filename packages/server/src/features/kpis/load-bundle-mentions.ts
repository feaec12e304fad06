import type { CampaignBundle } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import { countMentions } from '@lantoa/core/mentions';
import { mentionEntries } from '@lantoa/db/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import { storedAliases, withStoredAliases } from '../mentions/mention-targets';
import { parseTarget } from '../mentions/share-of-voice-series';
import { inRange } from './range-filter';
import type { Reader } from './reader';

type Mentions = NonNullable<CampaignBundle['mentions']>;

/** Captions and non-spam comments of the workspace written in the range (the market's conversation). */
async function loadTexts(db: Reader, workspaceId: string, range: KpiRange): Promise<string[]> {
  const from = range.from === undefined ? null : new Date(range.from);
  const to = range.to === undefined ? null : new Date(range.to);
  const result = await db.execute<{ text: string }>(sql`
    select p.caption as text from posts p
    where p.workspace_id = ${workspaceId} and p.caption is not null
      and (${from}::timestamptz is null or p.published_at >= ${from})
      and (${to}::timestamptz is null or p.published_at <= ${to})
    union all
    select c.text from comments c join posts p on p.id = c.post_id
    where c.workspace_id = ${workspaceId} and c.spam is not true
      and (${from}::timestamptz is null or coalesce(c.at, p.published_at) >= ${from})
      and (${to}::timestamptz is null or coalesce(c.at, p.published_at) <= ${to})`);
  return result.rows.map((row) => row.text);
}

function add(total: Mentions, counts: Mentions): void {
  total.brand += counts.brand;
  for (const [name, count] of Object.entries(counts.competitors))
    total.competitors[name] = (total.competitors[name] ?? 0) + count;
}

/**
 * Mentions entered as totals (social listening) plus, when the campaign names its brand, the captions and
 * comments of the workspace in the range that mention the brand or a competitor, by name, inline alias or stored
 * alias (a text counts once per name).
 * Absent when there is neither.
 */
export async function loadMentions(
  db: Reader,
  workspaceId: string,
  campaign: { id: string; brand: string | null; competitors: readonly string[] },
  range: KpiRange,
): Promise<Mentions | undefined> {
  const entries = await db
    .select({ brand: mentionEntries.brand, competitors: mentionEntries.competitors })
    .from(mentionEntries)
    .where(
      and(
        eq(mentionEntries.workspaceId, workspaceId),
        eq(mentionEntries.campaignId, campaign.id),
        inRange(mentionEntries.at, range, true),
      ),
    )
    .orderBy(asc(mentionEntries.position), asc(mentionEntries.createdAt), asc(mentionEntries.id));
  if (entries.length === 0 && !campaign.brand) return undefined;
  const total: Mentions = { brand: 0, competitors: {} };
  for (const entry of entries) add(total, entry);
  if (campaign.brand) {
    // The aliases saved in the comments view, so the KPI counts what the share-of-voice card counts.
    const stored = await storedAliases(db, workspaceId, campaign.id);
    const brand = parseTarget(withStoredAliases(campaign.brand, stored), 'brand');
    const competitors = campaign.competitors.map((raw, index) =>
      parseTarget(withStoredAliases(raw, stored), `competitor-${index + 1}`),
    );
    const counted = countMentions(await loadTexts(db, workspaceId, range), brand, competitors);
    add(total, {
      brand: counted.brand,
      competitors: Object.fromEntries(competitors.map((c) => [c.name, counted.competitors[c.id] ?? 0])),
    });
  }
  return total;
}
