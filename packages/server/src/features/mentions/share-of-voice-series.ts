import { type MentionHit, MentionMatcher, type MentionTarget, shareOfVoice } from '@lantoa/core/mentions';

export interface DatedText {
  id: string;
  kind: 'caption' | 'comment';
  text: string;
  /** YYYY-MM-DD in the workspace's time zone. */
  day: string;
}

export interface MentionBucket {
  /** The day, or the Monday of the ISO week. */
  period: string;
  brand: number;
  competitors: Record<string, number>;
  shareOfVoice: number | null;
}

export interface MentionExample {
  targetId: string;
  kind: DatedText['kind'];
  textId: string;
  text: string;
  hit: MentionHit;
}

export interface ShareOfVoiceSeries {
  targets: { id: string; name: string; aliases: string[]; role: 'brand' | 'competitor' }[];
  total: {
    brand: number;
    competitors: Record<string, number>;
    shareOfVoice: number | null;
    reason: string | null;
  };
  series: MentionBucket[];
  examples: MentionExample[];
}

/**
 * "Vinamilk / VNM | vina milk" → name Vinamilk with aliases VNM and "vina milk": campaigns store brand and
 * competitors as plain text, so aliases ride along after a slash or a bar.
 */
export function parseTarget(raw: string, id: string): MentionTarget & { aliases: string[] } {
  const [name = raw, ...aliases] = raw
    .split(/\s*[/|]\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return { id, name, aliases };
}

export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}

const EXAMPLES_PER_TARGET = 3;

/** Texts mentioning the brand and each competitor (a text counts once per target), per day or week. */
export function shareOfVoiceSeries(
  texts: readonly DatedText[],
  brandRaw: string,
  competitorsRaw: readonly string[],
  interval: 'day' | 'week',
): ShareOfVoiceSeries {
  const brand = parseTarget(brandRaw, 'brand');
  const competitors = competitorsRaw.map((raw, index) => parseTarget(raw, `competitor-${index + 1}`));
  const matcher = new MentionMatcher([brand, ...competitors]);
  const buckets = new Map<string, MentionBucket>();
  const examples: MentionExample[] = [];
  const examplesOf = new Map<string, number>();
  const emptyCompetitors = () => Object.fromEntries(competitors.map((c) => [c.id, 0]));
  const total = { brand: 0, competitors: emptyCompetitors() };
  for (const text of texts) {
    const hits = matcher.find(text.text);
    if (hits.length === 0) continue;
    const period = interval === 'week' ? mondayOf(text.day) : text.day;
    let bucket = buckets.get(period);
    if (!bucket) {
      bucket = { period, brand: 0, competitors: emptyCompetitors(), shareOfVoice: null };
      buckets.set(period, bucket);
    }
    for (const id of new Set(hits.map((hit) => hit.id))) {
      if (id === 'brand') {
        bucket.brand++;
        total.brand++;
      } else {
        bucket.competitors[id] = (bucket.competitors[id] ?? 0) + 1;
        total.competitors[id] = (total.competitors[id] ?? 0) + 1;
      }
      const shown = examplesOf.get(id) ?? 0;
      const hit = hits.find((h) => h.id === id);
      if (hit && shown < EXAMPLES_PER_TARGET) {
        examples.push({ targetId: id, kind: text.kind, textId: text.id, text: text.text, hit });
        examplesOf.set(id, shown + 1);
      }
    }
  }
  const series = [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period));
  for (const bucket of series) {
    bucket.shareOfVoice = shareOfVoice(bucket.brand, Object.values(bucket.competitors)).value;
  }
  const overall = shareOfVoice(total.brand, Object.values(total.competitors));
  return {
    targets: [
      { ...brand, role: 'brand' },
      ...competitors.map((c) => ({ ...c, role: 'competitor' as const })),
    ],
    total: { ...total, shareOfVoice: overall.value, reason: overall.reason },
    series,
    examples,
  };
}
