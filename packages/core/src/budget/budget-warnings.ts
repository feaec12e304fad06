export const BUDGET_CATEGORIES = ['creator_fee', 'media', 'production', 'customer_care', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Above this share of the campaign budget, one creator is a concentration risk (seed 001). */
export const MAX_SHARE_PER_CREATOR = 0.4;

export interface BudgetLine {
  category: BudgetCategory;
  planned: number;
  /** Signed in contracts; null when nothing is committed yet. */
  committed: number | null;
}

export interface CreatorFee {
  creatorId: string;
  name: string;
  /** null when the fee is not agreed yet: such creators are left out of the fee checks. */
  fee: number | null;
}

export interface BudgetInput {
  /** The campaign's total budget (VND); null when not set. */
  total: number | null;
  lines: readonly BudgetLine[];
  spent: readonly { category: BudgetCategory; amount: number }[];
  creators: readonly CreatorFee[];
}

export type BudgetWarning =
  | { code: 'missing_category'; category: BudgetCategory }
  | { code: 'committed_above_planned'; category: BudgetCategory; planned: number; committed: number }
  | { code: 'spent_above_planned'; category: BudgetCategory; planned: number; spent: number }
  | { code: 'lines_above_total'; total: number; planned: number }
  | { code: 'creator_fees_above_kol_budget'; planned: number; fees: number }
  | { code: 'creator_concentration'; creatorId: string; name: string; fee: number; share: number };

export interface BudgetCategorySummary {
  category: BudgetCategory;
  planned: number | null;
  committed: number | null;
  spent: number;
}

export interface BudgetSummary {
  total: number | null;
  planned: number;
  committed: number;
  spent: number;
  categories: BudgetCategorySummary[];
  warnings: BudgetWarning[];
}

function sumBy<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

function lineWarnings(input: BudgetInput, categories: BudgetCategorySummary[]): BudgetWarning[] {
  const warnings: BudgetWarning[] = [];
  for (const c of categories) {
    if (c.planned === null) {
      if (c.category !== 'other') warnings.push({ code: 'missing_category', category: c.category });
      continue;
    }
    if (c.committed !== null && c.committed > c.planned)
      warnings.push({
        code: 'committed_above_planned',
        category: c.category,
        planned: c.planned,
        committed: c.committed,
      });
    if (c.spent > c.planned)
      warnings.push({
        code: 'spent_above_planned',
        category: c.category,
        planned: c.planned,
        spent: c.spent,
      });
  }
  const planned = sumBy(input.lines, (line) => line.planned);
  if (input.total !== null && planned > input.total)
    warnings.push({ code: 'lines_above_total', total: input.total, planned });
  return warnings;
}

function creatorWarnings(input: BudgetInput, kolPlanned: number | null): BudgetWarning[] {
  const warnings: BudgetWarning[] = [];
  const priced = input.creators.filter((c): c is CreatorFee & { fee: number } => c.fee !== null);
  const fees = sumBy(priced, (c) => c.fee);
  if (kolPlanned !== null && fees > kolPlanned)
    warnings.push({ code: 'creator_fees_above_kol_budget', planned: kolPlanned, fees });
  const base = input.total ?? (sumBy(input.lines, (line) => line.planned) || null);
  if (base === null || base <= 0) return warnings;
  for (const creator of priced) {
    const share = creator.fee / base;
    if (share > MAX_SHARE_PER_CREATOR)
      warnings.push({
        code: 'creator_concentration',
        creatorId: creator.creatorId,
        name: creator.name,
        fee: creator.fee,
        share,
      });
  }
  return warnings;
}

/**
 * Planned / committed / spent per category with the warnings a planner should see: a category with no plan
 * ("other" is optional), commitments or spending above plan, lines adding up to more than the budget, selected
 * creators' fees above the KOL-fee line, and one creator taking more than 40 % of the budget.
 */
export function summariseBudget(input: BudgetInput): BudgetSummary {
  const categories: BudgetCategorySummary[] = BUDGET_CATEGORIES.map((category) => {
    const line = input.lines.find((l) => l.category === category);
    const spent = sumBy(
      input.spent.filter((s) => s.category === category),
      (s) => s.amount,
    );
    return { category, planned: line?.planned ?? null, committed: line?.committed ?? null, spent };
  });
  const kolPlanned = categories.find((c) => c.category === 'creator_fee')?.planned ?? null;
  return {
    total: input.total,
    planned: sumBy(categories, (c) => c.planned ?? 0),
    committed: sumBy(categories, (c) => c.committed ?? 0),
    spent: sumBy(categories, (c) => c.spent),
    categories,
    warnings: [...lineWarnings(input, categories), ...creatorWarnings(input, kolPlanned)],
  };
}
