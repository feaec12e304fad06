import { DAY_MS, parseInstant } from './dates';
import { formatNumber, type LocalizedText, localize } from './localized';
import { wilsonInterval } from './proportion-interval';

export interface DeliverableRecord {
  id: string;
  /** ISO date ("2025-03-01": the end of that day in Vietnam, UTC+7) or date-time. */
  dueAt: string;
  publishedAt?: string | null;
  /** Marked as not delivered (a no-show). */
  missed?: boolean;
}

export type DeliverableOutcome = 'on_time' | 'late' | 'missed' | 'overdue' | 'pending' | 'invalid';

export interface DeliverableAssessment {
  id: string;
  outcome: DeliverableOutcome;
  lateDays: number | null;
  /** Points in [0, 1] this deliverable earns in the score (null when not yet due or invalid). */
  credit: number | null;
}

export interface ReliabilityResult {
  counts: Record<DeliverableOutcome, number>;
  /** Deliverables whose deadline has passed: on time + late + missed + overdue. */
  due: number;
  onTimeRate: number | null;
  onTimeInterval: { low: number; high: number } | null;
  averageLateDays: number | null;
  /** 100 × mean credit, shrunk toward the prior for short records; null with no due deliverables. */
  score: number | null;
  /** 100 × mean credit without shrinkage. */
  rawScore: number | null;
  formula: LocalizedText;
  smallSample: LocalizedText | null;
  deliverables: DeliverableAssessment[];
}

export const RELIABILITY_RULES = {
  graceHours: 0,
  lateCreditStart: 0.8,
  lateCreditPerDay: 0.1,
  lateCreditFloor: 0.2,
  priorWeight: 2,
  priorCredit: 0.8,
  smallSample: 5,
} as const;

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function deadline(dueAt: string): number | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueAt);
  if (!dateOnly) return parseInstant(dueAt);
  const [, year, month, day] = dateOnly.map(Number) as [number, number, number, number];
  return Date.UTC(year, month - 1, day + 1) - VIETNAM_OFFSET_MS - 1;
}

export function lateCredit(lateDays: number): number {
  const r = RELIABILITY_RULES;
  return Math.max(r.lateCreditFloor, r.lateCreditStart - r.lateCreditPerDay * lateDays);
}

function assessDeliverable(item: DeliverableRecord, asOf: number): DeliverableAssessment {
  const due = deadline(item.dueAt);
  const published = item.publishedAt ? parseInstant(item.publishedAt) : null;
  const invalid = { id: item.id, outcome: 'invalid', lateDays: null, credit: null } as const;
  if (due === null || (item.publishedAt && published === null)) return invalid;
  const limit = due + RELIABILITY_RULES.graceHours * 3_600_000;
  if (published !== null) {
    if (published <= limit) return { id: item.id, outcome: 'on_time', lateDays: 0, credit: 1 };
    const lateDays = (published - limit) / DAY_MS;
    return { id: item.id, outcome: 'late', lateDays, credit: lateCredit(lateDays) };
  }
  if (item.missed) return { id: item.id, outcome: 'missed', lateDays: null, credit: 0 };
  if (asOf > limit) return { id: item.id, outcome: 'overdue', lateDays: (asOf - limit) / DAY_MS, credit: 0 };
  return { id: item.id, outcome: 'pending', lateDays: null, credit: null };
}

/** Reliability record (B6) from Lantoa's own deliverables history. */
export function assessReliability(
  deliverables: readonly DeliverableRecord[],
  asOf: string,
): ReliabilityResult {
  const now = parseInstant(asOf);
  if (now === null) throw new Error(`Invalid asOf date: ${asOf}`);
  const assessed = deliverables.map((item) => assessDeliverable(item, now));
  const counts: Record<DeliverableOutcome, number> = {
    on_time: 0,
    late: 0,
    missed: 0,
    overdue: 0,
    pending: 0,
    invalid: 0,
  };
  for (const item of assessed) counts[item.outcome] += 1;
  const due = counts.on_time + counts.late + counts.missed + counts.overdue;
  const credits = assessed.flatMap((item) => (item.credit === null ? [] : [item.credit]));
  const creditSum = credits.reduce((a, b) => a + b, 0);
  const late = assessed.filter((item) => item.outcome === 'late');
  const r = RELIABILITY_RULES;
  return {
    counts,
    due,
    onTimeRate: due === 0 ? null : counts.on_time / due,
    onTimeInterval: due === 0 ? null : wilsonInterval(counts.on_time, due),
    averageLateDays:
      late.length === 0 ? null : late.reduce((sum, item) => sum + item.lateDays!, 0) / late.length,
    score: due === 0 ? null : (100 * (creditSum + r.priorWeight * r.priorCredit)) / (due + r.priorWeight),
    rawScore: due === 0 ? null : (100 * creditSum) / due,
    formula: {
      vi: `Điểm = 100 × (Σ điểm từng hạng mục + ${r.priorWeight} × ${r.priorCredit}) / (số hạng mục đến hạn + ${r.priorWeight}); đúng hạn = 1, trễ d ngày = max(${r.lateCreditFloor}; ${r.lateCreditStart} − ${r.lateCreditPerDay}·d), bỏ lỡ/quá hạn chưa đăng = 0.`,
      en: `Score = 100 × (Σ credits + ${r.priorWeight} × ${r.priorCredit}) / (due deliverables + ${r.priorWeight}); on time = 1, d days late = max(${r.lateCreditFloor}, ${r.lateCreditStart} − ${r.lateCreditPerDay}·d), missed/overdue unpublished = 0.`,
    },
    smallSample:
      due < r.smallSample
        ? localize((l) =>
            l === 'vi'
              ? `Chỉ có ${due} hạng mục đến hạn: mẫu nhỏ, điểm được kéo về mức trung bình ${formatNumber(r.priorCredit * 100, 0, l)} và cần thận trọng.`
              : `Only ${due} due deliverables: small sample; the score is pulled toward ${formatNumber(r.priorCredit * 100, 0, l)} — treat with caution.`,
          )
        : null,
    deliverables: assessed,
  };
}
