import type { Db } from '@lantoa/db';
import { campaigns } from '@lantoa/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { storedAliases, withStoredAliases } from './mention-targets';
import { type DatedText, type ShareOfVoiceSeries, shareOfVoiceSeries } from './share-of-voice-series';

/**
 * Share of voice of a campaign's brand against its competitors in every caption and non-spam comment of
 * the workspace, whenever written: the series shows the time before, during and after the campaign.
 */
export async function loadShareOfVoice(
  db: Db,
  workspaceId: string,
  campaignId: string,
  interval: 'day' | 'week',
): Promise<ShareOfVoiceSeries & { brand: string | null }> {
  const [campaign] = await db
    .select({
      brand: campaigns.brand,
      competitors: campaigns.competitors,
      start: campaigns.startDate,
      end: campaigns.endDate,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  if (!campaign.brand) {
    return {
      brand: null,
      targets: [],
      total: {
        brand: 0,
        competitors: {},
        shareOfVoice: null,
        reason: 'the campaign has no brand to look for',
      },
      series: [],
      examples: [],
    };
  }
  const result = await db.execute<{ id: string; kind: 'caption' | 'comment'; text: string; day: string }>(sql`
    with tz as (select coalesce(settings->>'timezone', 'Asia/Ho_Chi_Minh') as zone from workspaces where id = ${workspaceId}),
    texts as (
      select p.id, 'caption' as kind, p.caption as text, p.published_at as at
      from posts p where p.workspace_id = ${workspaceId} and p.caption is not null
      union all
      select c.id, 'comment' as kind, c.text, coalesce(c.at, p.published_at) as at
      from comments c join posts p on p.id = c.post_id
      where c.workspace_id = ${workspaceId} and c.spam is not true
    )
    select t.id, t.kind, t.text, to_char(t.at at time zone tz.zone, 'YYYY-MM-DD') as day
    from texts t cross join tz`);
  const texts: DatedText[] = result.rows;
  const stored = await storedAliases(db, workspaceId, campaignId);
  const withAliases = (raw: string): string => withStoredAliases(raw, stored);
  return {
    brand: campaign.brand,
    ...shareOfVoiceSeries(
      texts,
      withAliases(campaign.brand),
      campaign.competitors.map(withAliases),
      interval,
    ),
  };
}
