export {
  type ExcludedChild,
  KPI_TREE_LEVELS,
  type KpiTreeLevel,
  type KpiTreeNodeInput,
  type KpiTreeNodeProgress,
  type KpiTreeStatus,
  type RollupRule,
} from './kpi-tree-types';
export { elapsedShare } from './period';
export { feedsParent, rollupRuleFor } from './rollup-rule';
export { computeKpiTreeProgress } from './tree-progress';
export { parentLevelFor, placementProblem } from './tree-shape';
