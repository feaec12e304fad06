import { tagKey } from './ga4-cells';

/** A tracked link of the campaign: its creator, slug and the UTM tags it adds when redirecting. */
export interface TrackedLinkTags {
  creatorId: string;
  slug: string;
  utm: { source?: string; medium?: string; campaign?: string; content?: string };
}

export interface Ga4RowTags {
  source: string | null;
  utmCampaign: string | null;
  content: string | null;
}

type Level = { tagOf(row: Ga4RowTags): string | null; creatorsByTag: Map<string, Set<string>> };

function levelOf(
  links: readonly TrackedLinkTags[],
  tagOf: Level['tagOf'],
  linkTags: (link: TrackedLinkTags) => (string | undefined)[],
): Level {
  const creatorsByTag = new Map<string, Set<string>>();
  for (const link of links)
    for (const tag of linkTags(link)) {
      const key = tagKey(tag);
      if (!key) continue;
      const creators = creatorsByTag.get(key) ?? new Set<string>();
      creators.add(link.creatorId);
      creatorsByTag.set(key, creators);
    }
  return { tagOf, creatorsByTag };
}

/**
 * Which creator a GA4 row belongs to, from the campaign's tracked links, most specific tag first: the row's
 * utm_content equal to a link's utm_content or slug; else its source equal to a link's utm_source or slug; else
 * its utm_campaign equal to a link's utm_campaign. The first of these that names exactly one creator wins; a tag
 * several creators share says nothing, and a row nothing names stays at campaign level (null). Tags compare
 * accent- and case-insensitively.
 */
export function ga4CreatorMatcher(links: readonly TrackedLinkTags[]): (row: Ga4RowTags) => string | null {
  const levels = [
    levelOf(
      links,
      (row) => row.content,
      (link) => [link.utm.content, link.slug],
    ),
    levelOf(
      links,
      (row) => row.source,
      (link) => [link.utm.source, link.slug],
    ),
    levelOf(
      links,
      (row) => row.utmCampaign,
      (link) => [link.utm.campaign],
    ),
  ];
  return (row) => {
    for (const level of levels) {
      const creators = level.creatorsByTag.get(tagKey(level.tagOf(row)));
      if (creators?.size === 1) return [...creators][0] ?? null;
    }
    return null;
  };
}
