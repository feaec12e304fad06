import { SIMULATED_INPUTS, typicalFromBand } from '@lantoa/core/forecast';
import { MIX_GOALS, type MixCandidate, type MixGoal, type RiskLevel } from '@lantoa/core/mix';
import { median } from '@lantoa/core/stats';
import { type TierId, TierIdSchema } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { ForecastBasis } from './plan-mix';
import { loadHistories, type PostHistory } from './post-histories';
import { type BandFor, tierBands } from './tier-bands';

export type { PostHistory } from './post-histories';

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const RISKS = new Set<string>(['low', 'medium', 'high']);
const roundFee = (fee: number | null) => (fee === null ? null : Math.round(fee));
const INPUT_OF_GOAL = {
  reach: 'reach',
  engagements: 'engagements',
  clicks: 'clicks',
  conversions: 'orders',
} as const;

interface Basics {
  tier: TierId | null;
  followers: number | null;
  er: number | null;
}

/**
 * Expected result of one booking for each goal: the median of the creator's past posts; for engagements without
 * posts, followers × their own ER; otherwise followers × the centre of their tier's band (`benchmarked` lists the
 * goals estimated that way). Without followers or a band the result stays unknown rather than invented.
 */
function estimate(history: PostHistory | undefined, creator: Basics, bandFor: BandFor) {
  const expected = {} as Record<MixGoal, number | null>;
  const benchmarked: MixGoal[] = [];
  for (const goal of MIX_GOALS) {
    const input = INPUT_OF_GOAL[goal];
    const own = median(history?.[input] ?? []);
    const { followers, er } = creator;
    if (own !== null) expected[goal] = own;
    else if (goal === 'engagements' && followers !== null && er !== null)
      expected[goal] = Math.round((followers * er) / 100);
    else {
      const band = bandFor(input, creator.tier);
      expected[goal] = band && followers !== null && followers > 0 ? typicalFromBand(followers, band) : null;
      if (expected[goal] !== null) benchmarked.push(goal);
    }
  }
  return { expected, benchmarked };
}

/**
 * Candidates from the registry: each active creator with a fee (rate card's upper price, else the median fee
 * paid in earlier campaigns), expected results per booking (`estimate`), quality, risk, niches and an audience
 * segment (first niche + city).
 */
export async function loadCandidates(
  db: Db,
  workspaceId: string,
  creatorIds?: readonly string[],
): Promise<{
  candidates: MixCandidate[];
  histories: Map<string, PostHistory>;
  bases: Map<string, ForecastBasis>;
}> {
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
  const rows = result.rows.map((row) => {
    const tier = TierIdSchema.safeParse(row.tier);
    return {
      row,
      id: String(row.id),
      tier: tier.success ? tier.data : null,
      followers: num(row.followers),
      er: num(row.engagement_rate),
    };
  });
  const bandFor = tierBands(rows, histories);
  const wanted = creatorIds ? new Set(creatorIds) : null;
  const listed = rows.filter((creator) => !wanted || wanted.has(creator.id));
  const bases = new Map<string, ForecastBasis>(
    listed.map((c) => [
      c.id,
      {
        followers: c.followers,
        bands: Object.fromEntries(SIMULATED_INPUTS.map((i) => [i, bandFor(i, c.tier)])),
      },
    ]),
  );
  const candidates = listed.map((creator): MixCandidate => {
    const { row, id } = creator;
    const niches = Array.isArray(row.niches) ? row.niches.map(String) : [];
    const risk = String(row.risk_level);
    const { expected, benchmarked } = estimate(histories.get(id), creator, bandFor);
    return {
      id,
      name: String(row.name),
      tier: creator.tier,
      fee: num(row.fee_max) ?? num(row.fee_min) ?? roundFee(num(row.past_fee)),
      expected,
      benchmarked,
      quality: num(row.quality_score),
      risk: RISKS.has(risk) ? (risk as RiskLevel) : null,
      niches,
      audienceSegment: niches[0] ? `${niches[0]}|${row.location ?? ''}` : null,
    };
  });
  return { candidates, histories, bases };
}
