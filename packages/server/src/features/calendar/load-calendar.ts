import { type CalendarConflict, detectConflicts, type Exclusivity } from '@lantoa/core/calendar';
import { isDone } from '@lantoa/core/deliverables';
import { foldDiacritics } from '@lantoa/core/text';
import type { Db } from '@lantoa/db';
import { campaigns, contracts, creators, deliverables, workspaces } from '@lantoa/db/schema';
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZCalendar, ZCalendarConflict } from './calendar-schemas';

const DAY_MS = 86_400_000;
/** Competing brands within 30 days of each other conflict (core default), so look that far around the range. */
const MARGIN_MS = 31 * DAY_MS;

function localDay(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Creators with the same main niche in the same place reach largely the same people. */
function audienceSegment(niches: string[], location: string | null): string | null {
  const niche = niches[0];
  return niche ? `${foldDiacritics(niche).trim()}|${foldDiacritics(location ?? '').trim()}` : null;
}

function toView(
  conflict: CalendarConflict,
  segmentLabels: Map<string, string>,
): z.input<typeof ZCalendarConflict> {
  const base = {
    creatorId: null,
    brands: [],
    until: null,
    segment: null,
    hoursApart: null,
    day: null,
    campaignId: null,
  };
  switch (conflict.code) {
    case 'competing_brands':
      return {
        ...base,
        code: conflict.code,
        deliverableIds: conflict.postIds,
        creatorId: conflict.creatorId,
        brands: conflict.brands,
      };
    case 'exclusivity_window':
      return {
        ...base,
        code: conflict.code,
        deliverableIds: [conflict.postId],
        creatorId: conflict.creatorId,
        brands: [conflict.brand],
        until: conflict.until,
      };
    case 'audience_overlap':
      return {
        ...base,
        code: conflict.code,
        deliverableIds: conflict.postIds,
        segment: segmentLabels.get(conflict.segment) ?? conflict.segment,
        hoursApart: conflict.hoursApart,
      };
    case 'outside_campaign_dates':
      return {
        ...base,
        code: conflict.code,
        deliverableIds: [conflict.postId],
        day: conflict.day,
        campaignId: conflict.campaignId,
      };
  }
}

export interface CalendarRange {
  from: string;
  to: string;
  campaignId?: string;
  overlapWindowHours: number;
}

/** Planned posts (deliverables) of a date range with every conflict (D4) that involves one of them. */
export async function loadCalendar(
  db: Db,
  workspaceId: string,
  range: CalendarRange,
): Promise<z.input<typeof ZCalendar>> {
  const [workspace] = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const timeZone = workspace?.settings.timezone ?? 'Asia/Ho_Chi_Minh';
  const plannedAt = sql<Date>`coalesce(${deliverables.publishedAt}, ${deliverables.scheduledAt}, ${deliverables.dueAt})`;
  const start = new Date(Date.parse(range.from) - DAY_MS - MARGIN_MS);
  const end = new Date(Date.parse(range.to) + 2 * DAY_MS + MARGIN_MS);
  const rows = await db
    .select({
      d: deliverables,
      campaign: campaigns,
      creatorName: creators.name,
      niches: creators.niches,
      location: creators.location,
    })
    .from(deliverables)
    .innerJoin(campaigns, eq(campaigns.id, deliverables.campaignId))
    .innerJoin(creators, eq(creators.id, deliverables.creatorId))
    .where(and(eq(deliverables.workspaceId, workspaceId), sql`${plannedAt} between ${start} and ${end}`));
  const exclusivities: Exclusivity[] = (
    await db
      .select()
      .from(contracts)
      .where(
        and(
          eq(contracts.workspaceId, workspaceId),
          isNotNull(contracts.exclusivityEnd),
          ne(contracts.status, 'cancelled'),
        ),
      )
  ).map((c) => ({
    creatorId: c.creatorId,
    campaignId: c.campaignId,
    until: c.exclusivityEnd ?? '',
    competitors: c.competitors,
  }));

  const at = (d: (typeof rows)[number]['d']) => d.publishedAt ?? d.scheduledAt ?? d.dueAt;
  const segmentLabels = new Map<string, string>();
  for (const r of rows) {
    const key = audienceSegment(r.niches, r.location);
    if (key && !segmentLabels.has(key))
      segmentLabels.set(key, [r.niches[0], r.location].filter(Boolean).join('|'));
  }
  const campaignsById = new Map(rows.map((r) => [r.campaign.id, r.campaign]));
  const conflicts = detectConflicts(
    rows.map((r) => ({
      id: r.d.id,
      campaignId: r.d.campaignId,
      creatorId: r.d.creatorId,
      at: at(r.d).toISOString(),
      important: r.d.important,
      audienceSegment: audienceSegment(r.niches, r.location),
    })),
    [...campaignsById.values()].map((c) => ({
      id: c.id,
      brand: c.brand,
      competitors: c.competitors,
      startDate: c.startDate,
      endDate: c.endDate,
    })),
    exclusivities,
    { overlapWindowHours: range.overlapWindowHours, timeZone },
  ).map((c) => toView(c, segmentLabels));

  const now = Date.now();
  const shown = rows
    .map((r) => ({ ...r, at: at(r.d), day: localDay(at(r.d), timeZone) }))
    .filter(
      (r) =>
        r.day >= range.from &&
        r.day <= range.to &&
        (!range.campaignId || r.d.campaignId === range.campaignId),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const shownIds = new Set(shown.map((r) => r.d.id));
  const relevant = conflicts.filter((c) => c.deliverableIds.some((id) => shownIds.has(id)));
  return {
    from: range.from,
    to: range.to,
    timeZone,
    entries: shown.map(({ d, campaign, creatorName, at: when, day }) => ({
      deliverableId: d.id,
      title: d.title,
      campaign: { id: campaign.id, name: campaign.name, brand: campaign.brand },
      creator: { id: d.creatorId, name: creatorName },
      type: d.type,
      platform: d.platform,
      status: d.status,
      at: when.toISOString(),
      day,
      kind: d.publishedAt ? 'published' : d.scheduledAt ? 'scheduled' : 'due',
      important: d.important,
      overdue: !isDone(d.status) && d.dueAt.getTime() < now,
      conflicts: relevant.flatMap((c, i) => (c.deliverableIds.includes(d.id) ? [i] : [])),
    })),
    conflicts: relevant,
  };
}
