import type { MixCandidate, MixGoal, RiskLevel } from '@lantoa/core/mix';
import { median } from '@lantoa/core/stats';
import { TierIdSchema } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';

/** Per-post results of each creator's recent posts (latest snapshot of each), for estimates and forecasts. */
export type PostHistory = Record<MixGoal, number[]>;

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const RISKS = new Set<string>(['low', 'medium', 'high']);
const roundFee = (fee: number | null) => (fee === null ? null : Math.round(fee));

async function loadHistories(db: Db, workspaceId: string): Promise<Map<string, PostHistory>> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT p.creator_id, ls.reach, ls.views, ls.likes, ls.comments, ls.shares, ls.saves, ls.clicks,
      (SELECT count(*) FROM conversions c
        WHERE c.workspace_id = p.workspace_id AND c.creator_id = p.creator_id AND c.campaign_id = p.campaign_id
          AND c.type = 'sale' AND c.status <> 'reversed') AS campaign_sales,
      (SELECT count(*) FROM posts q
        WHERE q.workspace_id = p.workspace_id AND q.creator_id = p.creator_id AND q.campaign_id = p.campaign_id)
        AS campaign_posts
    FROM posts p
    JOIN LATERAL (
      SELECT s.reach, s.views, s.likes, s.comments, s.shares, s.saves, s.clicks FROM post_snapshots s
      WHERE s.post_id = p.id ORDER BY s.at DESC LIMIT 1
    ) ls ON true
    WHERE p.workspace_id = ${workspaceId}`);
  const histories = new Map<string, PostHistory>();
  for (const row of result.rows) {
    const creatorId = String(row.creator_id);
    const history = histories.get(creatorId) ?? { reach: [], engagements: [], clicks: [], conversions: [] };
    const reach = num(row.reach) ?? num(row.views);
    if (reach !== null) history.reach.push(reach);
    const parts = [row.likes, row.comments, row.shares, row.saves].map(num);
    if (parts[0] !== null) history.engagements.push(parts.reduce<number>((sum, v) => sum + (v ?? 0), 0));
    const clicks = num(row.clicks);
    if (clicks !== null) history.clicks.push(clicks);
    const posts = num(row.campaign_posts) ?? 0;
    if (posts > 0) history.conversions.push((num(row.campaign_sales) ?? 0) / posts);
    histories.set(creatorId, history);
  }
  return histories;
}

/**
 * Candidates from the registry: each active creator with a fee (rate card's upper price, else the median fee
 * paid in earlier campaigns), expected results per booking as the median of
 * their past posts (engagements fall back to followers × their own ER when they have no post history; other
 * results stay unknown rather than invented), quality, risk, niches and an audience segment (first niche + city).
 */
export async function loadCandidates(
  db: Db,
  workspaceId: string,
  creatorIds?: readonly string[],
): Promise<{ candidates: MixCandidate[]; histories: Map<string, PostHistory> }> {
  const [histories, result] = await Promise.all([
    loadHistories(db, workspaceId),
    db.execute<Record<string, unknown>>(sql`
      SELECT c.id, c.name, c.niches, c.location, s.tier, s.followers, s.engagement_rate, s.fee_min, s.fee_max,
        s.quality_score, s.risk_level,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY cc.fee) FROM campaign_creators cc
          WHERE cc.workspace_id = c.workspace_id AND cc.creator_id = c.id AND cc.fee IS NOT NULL) AS past_fee
      FROM creators c LEFT JOIN creator_stats s ON s.creator_id = c.id
      WHERE c.workspace_id = ${workspaceId} AND c.status NOT IN ('archived', 'blocked')
      ORDER BY c.name`),
  ]);
  const wanted = creatorIds ? new Set(creatorIds) : null;
  const candidates = result.rows
    .filter((row) => !wanted || wanted.has(String(row.id)))
    .map((row): MixCandidate => {
      const id = String(row.id);
      const history = histories.get(id);
      const followers = num(row.followers);
      const er = num(row.engagement_rate);
      const niches = Array.isArray(row.niches) ? row.niches.map(String) : [];
      const tier = TierIdSchema.safeParse(row.tier);
      const risk = String(row.risk_level);
      return {
        id,
        name: String(row.name),
        tier: tier.success ? tier.data : null,
        fee: num(row.fee_max) ?? num(row.fee_min) ?? roundFee(num(row.past_fee)),
        expected: {
          reach: median(history?.reach ?? []),
          engagements:
            median(history?.engagements ?? []) ??
            (followers !== null && er !== null ? Math.round((followers * er) / 100) : null),
          clicks: median(history?.clicks ?? []),
          conversions: median(history?.conversions ?? []),
        },
        quality: num(row.quality_score),
        risk: RISKS.has(risk) ? (risk as RiskLevel) : null,
        niches,
        audienceSegment: niches[0] ? `${niches[0]}|${row.location ?? ''}` : null,
      };
    });
  return { candidates, histories };
}
