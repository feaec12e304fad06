import type { CampaignBundle } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import { conversionEntries, conversions } from '@lantoa/db/schema';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { inRange } from './range-filter';
import type { Reader } from './reader';

type BundleConversion = NonNullable<CampaignBundle['conversions']>[number];

/** Creator id → bundle key; a creator without an account in the bundle has none (its entries become campaign-level). */
export type CreatorKeyOf = (creatorId: string | null) => string | undefined;

function withCreatorAndTime(
  creator: string | undefined,
  at: Date | null,
): Pick<BundleConversion, 'creator' | 'at'> {
  return { ...(creator === undefined ? {} : { creator }), ...(at ? { at: at.toISOString() } : {}) };
}

/** Conversions entered as totals (bundles, imports) whose time is in the range or unknown, in entry order. */
async function loadEntries(db: Reader, workspaceId: string, campaignId: string, range: KpiRange | undefined) {
  return db
    .select()
    .from(conversionEntries)
    .where(
      and(
        eq(conversionEntries.workspaceId, workspaceId),
        eq(conversionEntries.campaignId, campaignId),
        inRange(conversionEntries.at, range, true),
      ),
    )
    .orderBy(asc(conversionEntries.position), asc(conversionEntries.createdAt), asc(conversionEntries.id));
}

interface TrackedTotals {
  creator_id: string | null;
  leads: number;
  sales: number;
  orders: number;
  revenue: number;
  new_customers: number;
  returning_customers: number;
  typed_sales: number;
  last_at: Date | string;
}

/**
 * Tracked conversions (postbacks, order imports) per creator: leads not reversed; orders and revenue of approved
 * sales. A count is reported only when the campaign tracks that kind of event at all (otherwise NULL, not 0), and
 * customer types only when some approved sale of the creator carries one.
 */
async function loadTracked(db: Reader, workspaceId: string, campaignId: string, range: KpiRange | undefined) {
  const approvedSale = sql`${conversions.type} = 'sale' and ${conversions.status} = 'approved'`;
  const result = await db
    .select({
      creator_id: conversions.creatorId,
      leads: sql<number>`count(*) filter (where ${conversions.type} = 'lead')::int`,
      sales: sql<number>`count(*) filter (where ${conversions.type} = 'sale')::int`,
      orders: sql<number>`count(*) filter (where ${approvedSale})::int`,
      revenue: sql<number>`coalesce(sum(${conversions.amount}) filter (where ${approvedSale}), 0)::float8`,
      new_customers: sql<number>`count(*) filter (where ${approvedSale} and ${conversions.customerType} = 'new')::int`,
      returning_customers: sql<number>`count(*) filter (where ${approvedSale} and ${conversions.customerType} = 'returning')::int`,
      typed_sales: sql<number>`count(*) filter (where ${approvedSale} and ${conversions.customerType} is not null)::int`,
      last_at: sql<Date | string>`max(${conversions.occurredAt})`,
    })
    .from(conversions)
    .where(
      and(
        eq(conversions.workspaceId, workspaceId),
        eq(conversions.campaignId, campaignId),
        ne(conversions.status, 'reversed'),
        ne(conversions.type, 'refund'),
        inRange(conversions.occurredAt, range),
      ),
    )
    .groupBy(conversions.creatorId)
    .orderBy(asc(conversions.creatorId));
  return result as TrackedTotals[];
}

export async function loadBundleConversions(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
  creatorKey: CreatorKeyOf,
): Promise<BundleConversion[]> {
  const entries = await loadEntries(db, workspaceId, campaignId, range);
  const tracked = await loadTracked(db, workspaceId, campaignId, range);
  const tracksLeads = tracked.some((row) => row.leads > 0);
  const tracksSales = tracked.some((row) => row.sales > 0);
  return [
    ...entries.map((entry) => ({
      ...withCreatorAndTime(creatorKey(entry.creatorId), entry.at),
      leads: entry.leads,
      orders: entry.orders,
      revenue: entry.revenue,
      refunds: entry.refunds,
      new_customers: entry.newCustomers,
      returning_customers: entry.returningCustomers,
      customers_lost: entry.customersLost,
      customers_at_start: entry.customersAtStart,
    })),
    ...tracked.map((row) => ({
      ...withCreatorAndTime(creatorKey(row.creator_id), new Date(row.last_at)),
      leads: tracksLeads ? row.leads : null,
      orders: tracksSales ? row.orders : null,
      revenue: tracksSales ? row.revenue : null,
      new_customers: row.typed_sales > 0 ? row.new_customers : null,
      returning_customers: row.typed_sales > 0 ? row.returning_customers : null,
    })),
  ];
}
