import { MentionMatcher, type MentionTarget } from './matcher';

/** Same shape as the KPI engine's mention input: brand count and one count per competitor id. */
export interface MentionCounts {
  brand: number;
  competitors: Record<string, number>;
}

export type ShareOfVoice = { value: number; reason: null } | { value: null; reason: string };

/**
 * Counts the texts (comments, posts) that mention the brand and each competitor; a text mentioning a
 * brand three times counts once for it. `occurrences` has the raw number of hits.
 */
export function countMentions(
  texts: Iterable<string>,
  brand: MentionTarget,
  competitors: readonly MentionTarget[],
): MentionCounts & { occurrences: Record<string, number> } {
  const matcher = new MentionMatcher([brand, ...competitors]);
  const textCounts: Record<string, number> = Object.fromEntries(
    [brand, ...competitors].map((t) => [t.id, 0]),
  );
  const occurrences: Record<string, number> = { ...textCounts };
  for (const text of texts) {
    const seen = new Set<string>();
    for (const hit of matcher.find(text)) {
      occurrences[hit.id]! += 1;
      seen.add(hit.id);
    }
    for (const id of seen) textCounts[id]! += 1;
  }
  return {
    brand: textCounts[brand.id]!,
    competitors: Object.fromEntries(competitors.map((target) => [target.id, textCounts[target.id]!])),
    occurrences,
  };
}

/** share_of_voice (KPIS.md): brand / (brand + Σ competitors) × 100; null with a reason when nobody is mentioned. */
export function shareOfVoice(brandMentions: number, competitorMentions: readonly number[]): ShareOfVoice {
  const total = brandMentions + competitorMentions.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { value: null, reason: 'no brand or competitor mentions recorded' };
  return { value: (brandMentions / total) * 100, reason: null };
}

export function shareOfVoiceFromCounts(counts: MentionCounts): ShareOfVoice {
  return shareOfVoice(counts.brand, Object.values(counts.competitors));
}
