import type { CurrencyCode } from '../../money';
import type { KpiUnit } from '../catalogue/catalogue-types';
import type { EngagementComponent } from '../inputs';
import type { KpiId } from '../kpi-ids';

export interface PostExclusion {
  postId: string;
  reason: string;
}

export interface AccountExclusion {
  accountId: string;
  reason: string;
}

/** Which interactions counted as engagements, and how many included posts lacked each component. */
export interface EngagementSetUsage {
  components: readonly EngagementComponent[];
  postsMissing: Partial<Record<EngagementComponent, number>>;
}

export interface KpiResult {
  id: KpiId;
  /** null when it cannot be computed; `reason` then says why. Never NaN or ±Infinity. */
  value: number | null;
  unit: KpiUnit;
  /** Set for money values, which are in minor units of this currency (totals are integers, per-unit costs are not). */
  currency?: CurrencyCode;
  reason?: string;
  /** The raw inputs the value was computed from, by input name. */
  inputs: Record<string, number | null>;
  postsIncluded: number;
  postsExcluded: readonly PostExclusion[];
  accountsExcluded?: readonly AccountExclusion[];
  /** ISO time of the newest dated input used; null when no dated input was used. */
  freshness: string | null;
  engagementSet?: EngagementSetUsage;
  /** True for modelled estimates (EMV). */
  estimate?: boolean;
  /** Statistics that qualify the value (brand lift: p_value, z). */
  details?: Record<string, number | null>;
}

export type KpiResultSet = Record<KpiId, KpiResult>;

const isoCache = new Map<number, string>();

/** Epoch ms → ISO string, cached because the same freshness repeats across KPIs of a scope. */
export function freshnessIso(at: number): string | null {
  if (!Number.isFinite(at)) return null;
  let iso = isoCache.get(at);
  if (iso === undefined) {
    iso = new Date(at).toISOString();
    if (isoCache.size > 10_000) isoCache.clear();
    isoCache.set(at, iso);
  }
  return iso;
}

/** Keeps the value only when it is a finite number; a KPI value is a number or null, never NaN/∞. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
