import { getKpiDefinition } from '../kpi';
import { pacingStatus } from '../pacing';
import type { ExcludedChild, KpiTreeNodeInput, KpiTreeNodeProgress, KpiTreeStatus } from './kpi-tree-types';
import { elapsedShare } from './period';
import { feedsParent, rollupRuleFor } from './rollup-rule';

interface Weighted {
  value: number;
  weight: number;
}

function combine(rule: 'sum' | 'weighted_mean', values: readonly Weighted[]): number | null {
  if (values.length === 0) return null;
  if (rule === 'sum') return values.reduce((total, v) => total + v.value, 0);
  const weight = values.reduce((total, v) => total + v.weight, 0);
  if (weight <= 0) return null;
  return values.reduce((total, v) => total + v.value * v.weight, 0) / weight;
}

function progressOf(actual: number | null, target: number, direction: 'higher' | 'lower'): number | null {
  if (actual === null || target <= 0) return null;
  if (direction === 'higher') return actual / target;
  return actual > 0 ? target / actual : null;
}

function statusOf(
  actual: number | null,
  expected: number | null,
  elapsed: number,
  direction: 'higher' | 'lower',
): KpiTreeStatus {
  if (elapsed === 0) return 'not_started';
  if (actual === null || expected === null) return 'no_data';
  const pace = pacingStatus({ actual, expected, direction });
  return pace.ok ? pace.status : 'no_data';
}

/**
 * Progress of every node of a KPI tree. A node's actual combines its own campaigns' values (weight 1 each) with
 * the actuals of its children that measure the same KPI (each with its `weight`), by the KPI's roll-up rule
 * (see `rollupRuleFor`). Pacing compares the actual with what the target implies by `today`: for summed KPIs
 * the target spread evenly over the period, for rates the target itself; the bands are core/pacing's.
 * Children of another KPI are listed as excluded. Throws on a cycle or an unknown parent.
 */
export function computeKpiTreeProgress(
  nodes: readonly KpiTreeNodeInput[],
  today: string,
): Map<string, KpiTreeNodeProgress> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<string, KpiTreeNodeInput[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    if (!byId.has(node.parentId)) throw new Error(`node ${node.id} has an unknown parent ${node.parentId}`);
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  const results = new Map<string, KpiTreeNodeProgress>();
  const visiting = new Set<string>();

  const visit = (node: KpiTreeNodeInput): KpiTreeNodeProgress => {
    const done = results.get(node.id);
    if (done) return done;
    if (visiting.has(node.id)) throw new Error(`the KPI tree has a cycle through node ${node.id}`);
    visiting.add(node.id);
    const rule = rollupRuleFor(node.kpiId);
    const values: Weighted[] = node.campaignValues
      .filter((value): value is number => value !== null && Number.isFinite(value))
      .map((value) => ({ value, weight: 1 }));
    const rolledUpChildren: string[] = [];
    const excludedChildren: ExcludedChild[] = [];
    for (const child of children.get(node.id) ?? []) {
      const childProgress = visit(child);
      if (!feedsParent(child.kpiId, node.kpiId)) {
        excludedChildren.push({ id: child.id, reason: 'different_kpi' });
        continue;
      }
      rolledUpChildren.push(child.id);
      if (childProgress.actual !== null) values.push({ value: childProgress.actual, weight: child.weight });
    }
    const { direction } = getKpiDefinition(node.kpiId);
    const actual = combine(rule, values);
    const elapsed = elapsedShare(node.periodStart, node.periodEnd, today);
    const expectedToDate = rule === 'sum' ? node.target * elapsed : node.target;
    const progress: KpiTreeNodeProgress = {
      id: node.id,
      rule,
      actual,
      expectedToDate: elapsed === 0 ? null : expectedToDate,
      progress: progressOf(actual, node.target, direction),
      status: statusOf(actual, elapsed === 0 ? null : expectedToDate, elapsed, direction),
      elapsed,
      contributions: values.length,
      rolledUpChildren,
      excludedChildren,
    };
    visiting.delete(node.id);
    results.set(node.id, progress);
    return progress;
  };

  for (const node of nodes) visit(node);
  return results;
}
