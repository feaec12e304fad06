import type { TDashboard } from './dashboard-schemas';
import { type ExportLang, label } from './export-labels';

export type Cell = string | number | null;
export interface ExportSection {
  title: string;
  headers: string[];
  rows: Cell[][];
}

/** The dashboard as plain tables (one per section), with headers in the asked language. */
export function exportSections(dashboard: TDashboard, lang: ExportLang): ExportSection[] {
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const tiles: ExportSection = {
    title: L('tiles'),
    headers: [
      L('kpi'),
      L('value'),
      L('target'),
      L('progress'),
      L('pacing'),
      L('projected'),
      L('formula'),
      L('reason'),
      L('freshness'),
    ],
    rows: dashboard.tiles.map((tile) => [
      tile.kpi.name[lang],
      tile.kpi.value,
      tile.target,
      tile.progressPercent,
      tile.pacing.ok ? L(tile.pacing.status) : tile.pacing.reason,
      tile.projection.ok ? tile.projection.projected : null,
      tile.kpi.formula[lang],
      tile.kpi.reason,
      tile.kpi.freshness,
    ]),
  };
  const funnel: ExportSection = {
    title: L('funnel'),
    headers: [L('step'), L('basis'), L('value'), L('stepRate'), L('reason')],
    rows: dashboard.funnel.map((step) => [
      L(`funnel.${step.id}`),
      step.basis,
      step.value,
      step.stepRate,
      step.reason ?? (step.stepRate === null && step.id !== 'reach' ? step.stepRateReason : null),
    ]),
  };
  const cost: ExportSection = {
    title: L('cost'),
    headers: [L('kpi'), L('value'), L('formula'), L('reason')],
    rows: dashboard.costEfficiency.map((value) => [
      value.name[lang],
      value.value,
      value.formula[lang],
      value.reason,
    ]),
  };
  const metrics = [
    'reach',
    'views',
    'impressions',
    'engagements',
    'clicks',
    'conversions',
    'revenue',
  ] as const;
  const series: ExportSection = {
    title: L('series'),
    headers: [L('day'), ...metrics.map((metric) => L(metric))],
    rows: dashboard.series.map((point) => [point.day, ...metrics.map((metric) => point[metric])]),
  };
  const ids = Object.keys(dashboard.leaderboard.kpis);
  const leaderboard: ExportSection = {
    title: L('leaderboard'),
    headers: [L('creator'), ...ids.map((id) => dashboard.leaderboard.kpis[id]?.name[lang] ?? id)],
    rows: dashboard.leaderboard.rows.map((row) => [
      row.name,
      ...ids.map((id) => row.values[id]?.value ?? null),
    ]),
  };
  return [tiles, funnel, cost, series, leaderboard];
}
