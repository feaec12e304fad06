import { tagKey } from './ga4-cells';

/** A tracked link of the campaign: its creator, slug and the UTM tags it adds when redirecting. */
export interface TrackedLinkTags {
  creatorId: string;
  slug: string;
  utm: { source?: string; medium?: string; campaign?: string; content?: string };
}

interface RowTags {
  source: string | null;
  utmCampaign: string | null;
  content: string | null;
}

/**
 * The creator a GA4 row belongs to, from the campaign's tracked links, most specific tag first: the row's
 * utm_content equal to a link's utm_content or slug; else its source equal to a link's utm_source or slug; else
 * its utm_campaign equal to a link's utm_campaign. The first of these that names exactly one creator wins; a tag
 * that several creators share says nothing, and a row nothing names stays at campaign level (null).
 */
export function matchGa4Creator(row: RowTags, links: readonly TrackedLinkTags[]): string | null {
  const rules: [string | null, (link: TrackedLinkTags) => (string | undefined)[]][] = [
    [row.content, (link) => [link.utm.content, link.slug]],
    [row.source, (link) => [link.utm.source, link.slug]],
    [row.utmCampaign, (link) => [link.utm.campaign]],
  ];
  for (const [value, tagsOf] of rules) {
    const wanted = tagKey(value);
    if (!wanted) continue;
    const creators = new Set(
      links
        .filter((link) => tagsOf(link).some((tag) => tag && tagKey(tag) === wanted))
        .map((l) => l.creatorId),
    );
    if (creators.size === 1) return [...creators][0] ?? null;
  }
  return null;
}
