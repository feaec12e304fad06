import { type CampaignBundle, followerGrowthRequests } from '@lantoa/core/bundle';
import {
  type BundleKeyKind,
  campaignBundleKeys,
  campaignMeasureSettings,
  conversionEntries,
  costs,
  mentionEntries,
  npsAnswers,
  responseTimeEntries,
  sentimentEntries,
  siteAnalyticsEntries,
} from '@lantoa/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../http/contexts';
import type { BundleKeys } from '../kpis/bundle-keys';
import { chunks } from './chunks';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const ENTRY_TABLES = [
  conversionEntries,
  siteAnalyticsEntries,
  sentimentEntries,
  mentionEntries,
  npsAnswers,
  responseTimeEntries,
] as const;

function optionalDate(iso: string | undefined): Date | null {
  return iso === undefined ? null : new Date(iso);
}

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (const batch of chunks(rows)) await tx.insert(table).values(batch);
}

/** Removes what an earlier import of a bundle wrote into this campaign's measures, so importing again replaces it. */
export async function removeImportedMeasures(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  keys: BundleKeys,
) {
  for (const table of ENTRY_TABLES) {
    await tx
      .delete(table)
      .where(
        and(eq(table.workspaceId, workspaceId), eq(table.campaignId, campaignId), eq(table.source, 'bundle')),
      );
  }
  const costIds = [...keys.cost.keys()];
  if (costIds.length)
    await tx.delete(costs).where(and(eq(costs.workspaceId, workspaceId), inArray(costs.id, costIds)));
  await tx
    .delete(campaignBundleKeys)
    .where(
      and(eq(campaignBundleKeys.workspaceId, workspaceId), eq(campaignBundleKeys.campaignId, campaignId)),
    );
}

export interface MeasureContext {
  tx: Tx;
  workspaceId: string;
  campaignId: string;
  bundle: CampaignBundle;
  creatorId: (key: string | undefined) => string | null;
  accountId: (key: string) => string;
}

/** Costs (dated by their day in Vietnam time) and every entered measure of the bundle, in bundle order. */
export async function storeBundleMeasures(m: MeasureContext): Promise<Map<string, string>> {
  const { tx, workspaceId, campaignId, bundle } = m;
  const own = (position: number) => ({ workspaceId, campaignId, source: 'bundle' as const, position });
  const costIds = new Map<string, string>();
  for (const [index, cost] of (bundle.costs ?? []).entries()) {
    const [row] = await tx
      .insert(costs)
      .values({
        workspaceId,
        campaignId,
        creatorId: m.creatorId(cost.creator),
        category: cost.category,
        amount: cost.amount,
        currency: bundle.campaign.currency,
        incurredOn: cost.at
          ? new Date(Date.parse(cost.at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
          : null,
        note: cost.note ?? null,
      })
      .returning({ id: costs.id });
    costIds.set(String(index), row!.id);
  }
  await insertAll(
    tx,
    conversionEntries,
    (bundle.conversions ?? []).map((entry, index) => ({
      ...own(index),
      creatorId: m.creatorId(entry.creator),
      at: optionalDate(entry.at),
      leads: entry.leads ?? null,
      orders: entry.orders ?? null,
      revenue: entry.revenue ?? null,
      refunds: entry.refunds ?? null,
      newCustomers: entry.new_customers ?? null,
      returningCustomers: entry.returning_customers ?? null,
      customersLost: entry.customers_lost ?? null,
      customersAtStart: entry.customers_at_start ?? null,
    })),
  );
  await insertAll(
    tx,
    siteAnalyticsEntries,
    (bundle.site_analytics ?? []).map((entry, index) => ({
      ...own(index),
      creatorId: m.creatorId(entry.creator),
      at: optionalDate(entry.at),
      sessions: entry.sessions,
      bounces: entry.bounces ?? null,
      timeOnPageS: entry.time_on_page_s ?? null,
    })),
  );
  if (bundle.sentiment) await insertAll(tx, sentimentEntries, [{ ...own(0), ...bundle.sentiment }]);
  if (bundle.mentions) await insertAll(tx, mentionEntries, [{ ...own(0), ...bundle.mentions }]);
  await insertAll(
    tx,
    npsAnswers,
    (bundle.nps_answers ?? []).map((score, index) => ({ ...own(index), score })),
  );
  await insertAll(
    tx,
    responseTimeEntries,
    (bundle.response_times ?? []).map((entry, index) => ({
      ...own(index),
      inboundAt: new Date(entry.inbound_at),
      firstReplyAt: entry.first_reply_at ? new Date(entry.first_reply_at) : null,
    })),
  );
  await storeSettings(m);
  return costIds;
}

async function storeSettings({ tx, workspaceId, campaignId, bundle, accountId }: MeasureContext) {
  const lifetime = bundle.customer_lifetime;
  const settings = {
    engagementSet: bundle.engagement_set ? [...bundle.engagement_set] : null,
    emvRates: bundle.emv_rates ?? null,
    customerLifetime: lifetime
      ? {
          purchasesPerCustomerPerYear: lifetime.purchases_per_customer_per_year,
          expectedYears: lifetime.expected_years,
        }
      : null,
    brandLift: bundle.brand_lift ?? null,
    tierThresholds: bundle.tier_thresholds ?? null,
    followerGrowth: bundle.follower_growth
      ? followerGrowthRequests(bundle).map((r) => ({
          accountId: accountId(r.account),
          from: r.from,
          to: r.to,
        }))
      : null,
    updatedAt: new Date(),
  };
  await tx
    .insert(campaignMeasureSettings)
    .values({ campaignId, workspaceId, ...settings })
    .onConflictDoUpdate({ target: campaignMeasureSettings.campaignId, set: settings });
}

/** Remembers the keys the bundle used, so the campaign reads back with them and a re-import finds its rows. */
export async function storeBundleKeys(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  entries: Record<BundleKeyKind, Iterable<[string, string]>>,
) {
  const rows = (Object.entries(entries) as [BundleKeyKind, Iterable<[string, string]>][]).flatMap(
    ([kind, pairs]) =>
      [...pairs].map(([key, entityId], position) => ({
        workspaceId,
        campaignId,
        kind,
        key,
        entityId,
        position,
      })),
  );
  await insertAll(tx, campaignBundleKeys, rows);
}
