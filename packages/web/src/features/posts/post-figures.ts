import type { PostListFilters, PostSort } from './posts-api';

/** Text sorts start A→Z; numbers and dates start with the largest. */
const ASCENDING_FIRST: PostSort[] = ['creator'];

/** Clicking a column header: the same column flips its direction, another column starts in its natural order. */
export function toggleSort(filters: PostListFilters, sort: PostSort): PostListFilters {
  if (filters.sort === sort) return { ...filters, dir: filters.dir === 'asc' ? 'desc' : 'asc' };
  return { ...filters, sort, dir: ASCENDING_FIRST.includes(sort) ? 'asc' : 'desc' };
}

export type ParsedCount = { ok: true; value: number | null } | { ok: false };

/**
 * A count typed by hand: blank is "not recorded" (null, never 0); digits may carry Vietnamese or English thousands
 * separators ("12.500", "12,500", "12 500"); anything else is refused.
 */
export function parseCount(text: string): ParsedCount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d{1,3}([.,\s]\d{3})*$|^\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}

/** The tone of a sentiment score (−100…100) for its badge. */
export function sentimentTone(score: number | null): 'green' | 'red' | 'neutral' {
  if (score === null) return 'neutral';
  if (score >= 20) return 'green';
  if (score <= -20) return 'red';
  return 'neutral';
}

/** The developer example for pushing snapshots of one post. */
export function curlExample(origin: string, path: string, at: string): string {
  const body = JSON.stringify({ snapshots: [{ at, views: 12500, likes: 830, comments: 41, shares: null }] });
  return [
    `curl -X POST '${origin}${path}' \\`,
    `  -H 'Authorization: Bearer lt_…' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}
