import type { BundleSections as Sections } from './schema';

type Report = (path: (string | number)[], message: string) => void;

/** Same instant written with different offsets is the same time; an unparsable time has no key. */
function timeKey(iso: string): string | undefined {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? undefined : String(at);
}

function reportDuplicates<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  report: (index: number, value: string) => void,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (value === undefined) return;
    if (seen.has(value)) report(index, value);
    seen.add(value);
  });
}

function checkCreatorRefs(
  section: 'costs' | 'conversions' | 'site_analytics',
  entries: readonly { creator?: string | undefined }[] | undefined,
  creators: ReadonlySet<string>,
  report: Report,
) {
  entries?.forEach((entry, index) => {
    if (entry.creator !== undefined && !creators.has(entry.creator)) {
      report([section, index, 'creator'], `unknown creator "${entry.creator}" (no account belongs to it)`);
    }
  });
}

/** Checks that need the whole bundle: unique ids and times, references between sections, ordered dates. */
export function checkReferences(bundle: Sections, report: Report): void {
  const { campaign, accounts, posts } = bundle;
  if (campaign.end < campaign.start) report(['campaign', 'end'], 'the campaign ends before it starts');
  reportDuplicates(
    accounts,
    (a) => a.id,
    (i, id) => report(['accounts', i, 'id'], `duplicate account id "${id}"`),
  );
  reportDuplicates(
    posts,
    (p) => p.id,
    (i, id) => report(['posts', i, 'id'], `duplicate post id "${id}"`),
  );
  const accountIds = new Set(accounts.map((account) => account.id));
  const creators = new Set(accounts.map((account) => account.creator));
  accounts.forEach((account, a) => {
    reportDuplicates(
      account.followers,
      (snapshot) => timeKey(snapshot.at),
      (i) =>
        report(
          ['accounts', a, 'followers', i, 'at'],
          'another follower snapshot of this account has the same time',
        ),
    );
  });
  posts.forEach((post, p) => {
    if (!accountIds.has(post.account)) report(['posts', p, 'account'], `unknown account "${post.account}"`);
    reportDuplicates(
      post.snapshots,
      (snapshot) => timeKey(snapshot.at),
      (i) => report(['posts', p, 'snapshots', i, 'at'], 'another snapshot of this post has the same time'),
    );
  });
  checkCreatorRefs('costs', bundle.costs, creators, report);
  checkCreatorRefs('conversions', bundle.conversions, creators, report);
  checkCreatorRefs('site_analytics', bundle.site_analytics, creators, report);
  const growth = bundle.follower_growth;
  const requests = growth === undefined ? [] : Array.isArray(growth) ? growth : [growth];
  const at = (index: number): (string | number)[] =>
    Array.isArray(growth) ? ['follower_growth', index] : ['follower_growth'];
  requests.forEach((request, index) => {
    if (!accountIds.has(request.account))
      report([...at(index), 'account'], `unknown account "${request.account}"`);
    if (Date.parse(request.to) < Date.parse(request.from))
      report([...at(index), 'to'], '"to" is before "from"');
  });
  reportDuplicates(
    requests,
    (r) => r.account,
    (i, id) => report([...at(i), 'account'], `second request for "${id}"`),
  );
  bundle.site_analytics?.forEach((entry, i) => {
    if ((entry.bounces ?? 0) > entry.sessions)
      report(['site_analytics', i, 'bounces'], 'more bounces than sessions');
  });
  for (const group of ['exposed', 'control'] as const) {
    const survey = bundle.brand_lift?.[group];
    if (survey && survey.positive > survey.total)
      report(['brand_lift', group, 'positive'], 'more positive answers than answers');
  }
  bundle.response_times?.forEach((entry, i) => {
    if (entry.first_reply_at && Date.parse(entry.first_reply_at) < Date.parse(entry.inbound_at)) {
      report(['response_times', i, 'first_reply_at'], 'the reply is before the inbound message');
    }
  });
  if (bundle.emv_rates && bundle.emv_rates.currency !== campaign.currency) {
    report(['emv_rates', 'currency'], `must be the campaign currency (${campaign.currency})`);
  }
}
