import { getKpiDefinition, type KpiId } from '@lantoa/core/kpi';
import { rollupRuleFor } from '@lantoa/core/north-star';
import type { ErrorDetail } from '../../http/app-error';

/** A campaign KPI may feed a node when it is measured in the same unit and combines the same way. */
export function linkProblem(nodeKpi: KpiId, linkKpi: KpiId, index: number): ErrorDetail | null {
  if (nodeKpi === linkKpi) return null;
  const node = getKpiDefinition(nodeKpi);
  const link = getKpiDefinition(linkKpi);
  if (node.unit === link.unit && rollupRuleFor(nodeKpi) === rollupRuleFor(linkKpi)) return null;
  return {
    path: `body.campaigns.${index}.kpiId`,
    message: `${linkKpi} (${link.unit}) cannot feed a ${nodeKpi} (${node.unit}) goal`,
  };
}

export function periodProblem(start: string, end: string): ErrorDetail | null {
  return end < start
    ? { path: 'body.periodEnd', message: `ends (${end}) before it starts (${start})` }
    : null;
}
