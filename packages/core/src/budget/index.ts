export {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type BudgetCategorySummary,
  type BudgetInput,
  type BudgetLine,
  type BudgetSummary,
  type BudgetWarning,
  type CreatorFee,
  MAX_SHARE_PER_CREATOR,
  summariseBudget,
} from './budget-warnings';
