import type { KpiTreeLevel } from './kpi-tree-types';

const PARENT_LEVEL: Record<KpiTreeLevel, KpiTreeLevel | null> = {
  company: null,
  team: 'company',
  individual: 'team',
};

/** The level a node's parent must have: none for the company North Star, company for a team, team for a person. */
export function parentLevelFor(level: KpiTreeLevel): KpiTreeLevel | null {
  return PARENT_LEVEL[level];
}

/** Why a node cannot sit under `parentLevel`, or null when it can. */
export function placementProblem(level: KpiTreeLevel, parentLevel: KpiTreeLevel | null): string | null {
  const expected = PARENT_LEVEL[level];
  if (expected === parentLevel) return null;
  if (expected === null) return 'the company North Star has no parent';
  if (parentLevel === null) return `a ${level} node needs a ${expected} parent`;
  return `a ${level} node belongs under a ${expected} node, not under a ${parentLevel} node`;
}
