import { foldDiacritics } from '../text';

export interface CalendarCampaign {
  id: string;
  brand: string | null;
  competitors: readonly string[];
  /** YYYY-MM-DD, inclusive; null when open. */
  startDate: string | null;
  endDate: string | null;
}

export interface PlannedPost {
  id: string;
  campaignId: string;
  creatorId: string;
  /** ISO date-time of the planned publication. */
  at: string;
  important: boolean;
  /** Creators with the same segment reach largely the same people. */
  audienceSegment: string | null;
}

/** A creator's promise not to work for the listed competitors until `until` (from a contract). */
export interface Exclusivity {
  creatorId: string;
  campaignId: string;
  until: string;
  competitors: readonly string[];
}

export type CalendarConflict =
  | { code: 'competing_brands'; postIds: [string, string]; creatorId: string; brands: [string, string] }
  | { code: 'exclusivity_window'; postId: string; creatorId: string; brand: string; until: string }
  | { code: 'audience_overlap'; postIds: [string, string]; segment: string; hoursApart: number }
  | { code: 'outside_campaign_dates'; postId: string; campaignId: string; day: string };

export interface ConflictOptions {
  /** Important posts to one audience closer than this drown each other. Default 48 h. */
  overlapWindowHours?: number;
  /** Competing brands' posts by one creator closer than this are a conflict. Default 30 days. */
  competitorWindowDays?: number;
  /** Time zone of the campaign dates. Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

const HOUR_MS = 3_600_000;
const same = (a: string, b: string) => foldDiacritics(a).trim() === foldDiacritics(b).trim();
const competes = (a: CalendarCampaign, b: CalendarCampaign) =>
  a.brand !== null &&
  b.brand !== null &&
  !same(a.brand, b.brand) &&
  (a.competitors.some((c) => same(c, b.brand ?? '')) || b.competitors.some((c) => same(c, a.brand ?? '')));

function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

function pairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i] as T, items[j] as T]);
  return out;
}

/** Calendar conflicts with their reason (D4), in a stable order: by kind, then by post. */
export function detectConflicts(
  posts: readonly PlannedPost[],
  campaigns: readonly CalendarCampaign[],
  exclusivities: readonly Exclusivity[] = [],
  options: ConflictOptions = {},
): CalendarConflict[] {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const overlapMs = (options.overlapWindowHours ?? 48) * HOUR_MS;
  const competitorMs = (options.competitorWindowDays ?? 30) * 24 * HOUR_MS;
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const sorted = [...posts].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const conflicts: CalendarConflict[] = [];

  for (const [a, b] of pairs(sorted)) {
    const gap = Math.abs(Date.parse(b.at) - Date.parse(a.at));
    const ca = byId.get(a.campaignId);
    const cb = byId.get(b.campaignId);
    if (a.creatorId === b.creatorId && ca && cb && gap <= competitorMs && competes(ca, cb))
      conflicts.push({
        code: 'competing_brands',
        postIds: [a.id, b.id],
        creatorId: a.creatorId,
        brands: [ca.brand ?? '', cb.brand ?? ''],
      });
  }
  for (const post of sorted) {
    const campaign = byId.get(post.campaignId);
    if (!campaign?.brand) continue;
    for (const ex of exclusivities) {
      if (ex.creatorId !== post.creatorId || ex.campaignId === post.campaignId) continue;
      const within = localDay(post.at, timeZone) <= ex.until;
      if (within && ex.competitors.some((c) => same(c, campaign.brand ?? '')))
        conflicts.push({
          code: 'exclusivity_window',
          postId: post.id,
          creatorId: post.creatorId,
          brand: campaign.brand,
          until: ex.until,
        });
    }
  }
  for (const [a, b] of pairs(sorted.filter((p) => p.important && p.audienceSegment !== null))) {
    const gap = Math.abs(Date.parse(b.at) - Date.parse(a.at));
    if (a.audienceSegment === b.audienceSegment && gap < overlapMs)
      conflicts.push({
        code: 'audience_overlap',
        postIds: [a.id, b.id],
        segment: a.audienceSegment ?? '',
        hoursApart: gap / HOUR_MS,
      });
  }
  for (const post of sorted) {
    const campaign = byId.get(post.campaignId);
    const day = localDay(post.at, timeZone);
    if (
      campaign &&
      ((campaign.startDate && day < campaign.startDate) || (campaign.endDate && day > campaign.endDate))
    )
      conflicts.push({ code: 'outside_campaign_dates', postId: post.id, campaignId: campaign.id, day });
  }
  return conflicts;
}
