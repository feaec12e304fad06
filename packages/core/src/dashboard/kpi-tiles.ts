import { getKpiDefinition } from '../kpi/catalogue/catalogue';
import type { KpiId } from '../kpi/kpi-ids';
import { paceKpi } from '../pacing/pace-kpi';
import { type PacingState, pacingStatus } from '../pacing/status';
import type { DashboardValue } from './dashboard-value';

export interface PlannedKpi {
  kpiId: KpiId;
  target: number | null;
}

export interface TileInput {
  plan: readonly PlannedKpi[];
  /** The actual value of each planned KPI; absent when it could not be computed at all. */
  actuals: Partial<Record<KpiId, DashboardValue>>;
  /** Campaign start and end (epoch ms); without them pacing is unavailable. */
  start: number | null;
  end: number | null;
  now: number;
}

export type TilePacing =
  | {
      ok: true;
      status: PacingState;
      pacingPercent: number;
      /** What the plan expected by now: target × planned share (cumulative KPIs) or the target itself (rates). */
      expected: number;
      method: 'linear' | 'target';
    }
  | { ok: false; reason: string };

export type TileProjection =
  | {
      ok: true;
      projected: number;
      interval: [number, number];
      probabilityOnTarget: number | null;
      method: 'pace' | 'current';
    }
  | { ok: false; reason: string };

export interface KpiTile {
  kpi: DashboardValue;
  target: number | null;
  /** actual ÷ target × 100 for higher-is-better KPIs, target ÷ actual × 100 for lower-is-better ones. */
  progressPercent: number | null;
  pacing: TilePacing;
  projection: TileProjection;
}

function progress(
  actual: number | null,
  target: number | null,
  direction: 'higher' | 'lower',
): number | null {
  if (actual === null || target === null || target <= 0) return null;
  if (direction === 'higher') return (actual / target) * 100;
  return actual > 0 ? (target / actual) * 100 : null;
}

function unavailableValue(kpiId: KpiId, reason: string): DashboardValue {
  const definition = getKpiDefinition(kpiId);
  return {
    id: kpiId,
    name: definition.name,
    formula: definition.formulaText,
    unit: definition.unit,
    direction: definition.direction,
    value: null,
    reason,
    inputs: {},
    freshness: null,
  };
}

/** Cumulative KPIs (sums) pace against the share of the campaign elapsed; rates are compared with the target. */
function paceTile(
  kpi: DashboardValue,
  target: number | null,
  input: TileInput,
): Pick<KpiTile, 'pacing' | 'projection'> {
  if (target === null) {
    const reason = 'no target set';
    return { pacing: { ok: false, reason }, projection: { ok: false, reason } };
  }
  const cumulative = getKpiDefinition(kpi.id).formula.kind === 'sum';
  if (!cumulative) {
    const status = pacingStatus({ actual: kpi.value, expected: target, direction: kpi.direction });
    const pacing: TilePacing = status.ok
      ? {
          ok: true,
          status: status.status,
          pacingPercent: status.pacingPercent,
          expected: target,
          method: 'target',
        }
      : { ok: false, reason: status.reason };
    const projection: TileProjection =
      kpi.value === null
        ? { ok: false, reason: kpi.reason ?? 'no actual value recorded yet' }
        : {
            ok: true,
            projected: kpi.value,
            interval: [kpi.value, kpi.value],
            probabilityOnTarget: null,
            method: 'current',
          };
    return { pacing, projection };
  }
  if (input.start === null || input.end === null) {
    const reason = 'the campaign has no start and end dates';
    return { pacing: { ok: false, reason }, projection: { ok: false, reason } };
  }
  const pace = paceKpi({
    target,
    start: input.start,
    end: input.end,
    now: input.now,
    actual: kpi.value,
    direction: kpi.direction,
  });
  const pacing: TilePacing =
    pace.pacing.ok && pace.expected.ok
      ? {
          ok: true,
          status: pace.pacing.status,
          pacingPercent: pace.pacing.pacingPercent,
          expected: pace.expected.expected,
          method: 'linear',
        }
      : { ok: false, reason: pace.pacing.ok ? 'nothing expected yet' : pace.pacing.reason };
  const projection: TileProjection = pace.projection.ok
    ? {
        ok: true,
        projected: pace.projection.projected,
        interval: pace.projection.interval,
        probabilityOnTarget: pace.projection.probabilityOnTarget,
        method: 'pace',
      }
    : { ok: false, reason: pace.projection.reason };
  return { pacing, projection };
}

/** One tile per KPI of the campaign's plan: value vs target, progress, pacing status and projected final value. */
export function buildKpiTiles(input: TileInput): KpiTile[] {
  return input.plan.map(({ kpiId, target }) => {
    const kpi = input.actuals[kpiId] ?? unavailableValue(kpiId, 'not computed for this campaign');
    return {
      kpi,
      target,
      progressPercent: progress(kpi.value, target, kpi.direction),
      ...paceTile(kpi, target, input),
    };
  });
}
