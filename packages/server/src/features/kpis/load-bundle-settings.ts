import { BUNDLE_SECTIONS, type CampaignBundle } from '@lantoa/core/bundle';
import { campaignMeasureSettings } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Reader } from './reader';

type SettingsSections = Pick<
  CampaignBundle,
  'engagement_set' | 'emv_rates' | 'customer_lifetime' | 'brand_lift' | 'tier_thresholds' | 'follower_growth'
>;

/** A stored section read back through the bundle's own schema; a value the schema refuses is left out. */
function section<K extends keyof typeof BUNDLE_SECTIONS>(key: K, value: unknown) {
  if (value === null || value === undefined) return {};
  const parsed = BUNDLE_SECTIONS[key].safeParse(value);
  return parsed.success && parsed.data !== undefined ? { [key]: parsed.data } : {};
}

/** Campaign-level measurement settings (engagement set, EMV rates, lifetime, brand lift, tiers, growth requests). */
export async function loadBundleSettings(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  accountKey: (accountId: string) => string | undefined,
): Promise<SettingsSections> {
  const [row] = await db
    .select()
    .from(campaignMeasureSettings)
    .where(
      and(
        eq(campaignMeasureSettings.workspaceId, workspaceId),
        eq(campaignMeasureSettings.campaignId, campaignId),
      ),
    );
  if (!row) return {};
  const lifetime = row.customerLifetime && {
    purchases_per_customer_per_year: row.customerLifetime.purchasesPerCustomerPerYear,
    expected_years: row.customerLifetime.expectedYears,
  };
  const growth = (row.followerGrowth ?? []).flatMap((request) => {
    const account = accountKey(request.accountId);
    return account === undefined ? [] : [{ account, from: request.from, to: request.to }];
  });
  return {
    ...section('engagement_set', row.engagementSet),
    ...section('emv_rates', row.emvRates),
    ...section('customer_lifetime', lifetime),
    ...section('brand_lift', row.brandLift),
    ...section('tier_thresholds', row.tierThresholds),
    ...section('follower_growth', growth.length === 1 ? growth[0] : growth.length ? growth : null),
  } as SettingsSections;
}
