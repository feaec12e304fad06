import type { KpiUnit, LocalizedText } from '../kpi/catalogue/catalogue-types';
import type { KpiId } from '../kpi/kpi-ids';
import type { KpiDirection } from '../pacing/status';

/** One number on the dashboard with what it is made of, so the UI can show formula, inputs and freshness. */
export interface DashboardValue {
  id: KpiId;
  name: LocalizedText;
  formula: LocalizedText;
  unit: KpiUnit;
  direction: KpiDirection;
  /** null when it cannot be computed: `reason` then says why (never NaN, never a made-up 0). */
  value: number | null;
  reason: string | null;
  inputs: Record<string, number | null>;
  freshness: string | null;
}
