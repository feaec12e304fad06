import type { KpiDataset, KpiOptions, KpiRange, PostSnapshot } from '../kpi';
import type { CampaignBundle } from './schema';

type BundleSnapshot = CampaignBundle['posts'][number]['snapshots'][number];

function toSnapshot({ at, ...metrics }: BundleSnapshot): PostSnapshot {
  return { at: Date.parse(at), ...metrics };
}

function optionalTime(iso: string | undefined): { at?: number } {
  return iso === undefined ? {} : { at: Date.parse(iso) };
}

/** The engine's view of a validated bundle: times as epoch ms, sections renamed to the engine's fields. */
export function bundleToKpiDataset(bundle: CampaignBundle): KpiDataset {
  const dataset: KpiDataset = {
    currency: bundle.campaign.currency,
    accounts: bundle.accounts.map((account) => ({
      id: account.id,
      creator: account.creator,
      platform: account.platform,
      followers: account.followers.map((snapshot) => ({
        at: Date.parse(snapshot.at),
        count: snapshot.count,
      })),
    })),
    posts: bundle.posts.map((post) => ({
      id: post.id,
      account: post.account,
      publishedAt: Date.parse(post.published_at),
      snapshots: post.snapshots.map(toSnapshot),
    })),
    costs: (bundle.costs ?? []).map(({ at, note: _note, ...cost }) => ({ ...cost, ...optionalTime(at) })),
    conversions: (bundle.conversions ?? []).map(({ at, ...entry }) => ({ ...entry, ...optionalTime(at) })),
    siteAnalytics: (bundle.site_analytics ?? []).map(({ at, ...entry }) => ({
      ...entry,
      ...optionalTime(at),
    })),
  };
  if (bundle.sentiment) dataset.sentiment = bundle.sentiment;
  if (bundle.mentions) dataset.mentions = bundle.mentions;
  if (bundle.nps_answers) dataset.npsAnswers = bundle.nps_answers;
  if (bundle.brand_lift) dataset.brandLift = bundle.brand_lift;
  if (bundle.response_times) {
    dataset.responseTimes = bundle.response_times.map((entry) => ({
      inboundAt: Date.parse(entry.inbound_at),
      firstReplyAt: entry.first_reply_at ? Date.parse(entry.first_reply_at) : null,
    }));
  }
  if (bundle.customer_lifetime) {
    dataset.customerLifetime = {
      purchasesPerCustomerPerYear: bundle.customer_lifetime.purchases_per_customer_per_year,
      expectedYears: bundle.customer_lifetime.expected_years,
    };
  }
  if (bundle.emv_rates) {
    const { cpm, like, comment, share, save } = bundle.emv_rates;
    dataset.emvRates = { cpmByPlatform: cpm, like, comment, share, save };
  }
  return dataset;
}

/** Engine options a bundle carries (its engagement set), plus the caller's date range. */
export function bundleKpiOptions(bundle: CampaignBundle, range?: KpiRange): KpiOptions {
  const options: KpiOptions = {};
  if (range) options.range = range;
  if (bundle.engagement_set) options.engagementSet = bundle.engagement_set;
  return options;
}
