import { campaignBudgetLines, campaignKpis, campaignPlans } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { TCreateCampaign } from './campaign-schemas';

type KpiInput = NonNullable<TCreateCampaign['kpis']>[number];
type BudgetLineInput = NonNullable<TCreateCampaign['budgetLines']>[number];

export function assertDateOrder(startDate: string | null, endDate: string | null): void {
  if (startDate && endDate && endDate < startDate)
    throw new AppError('validation_failed', 'The campaign ends before it starts', [
      {
        path: 'body.endDate',
        message: `must be on or after the start date ${startDate}`,
        reason: 'campaign_ends_before_start',
      },
    ]);
}

function assertUnique<T>(items: readonly T[], key: (item: T) => string, field: string, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value))
      throw new AppError('validation_failed', `${what} "${value}" is listed twice`, [
        { path: `body.${field}[${index}]`, message: `duplicate ${what} "${value}"` },
      ]);
    seen.add(value);
  });
}

export async function replaceKpis(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  kpis: readonly KpiInput[],
) {
  assertUnique(kpis, (kpi) => kpi.kpiId, 'kpis', 'KPI');
  await tx
    .delete(campaignKpis)
    .where(and(eq(campaignKpis.workspaceId, workspaceId), eq(campaignKpis.campaignId, campaignId)));
  if (kpis.length > 0)
    await tx.insert(campaignKpis).values(kpis.map((kpi) => ({ ...kpi, workspaceId, campaignId })));
}

export async function replaceBudgetLines(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  lines: readonly BudgetLineInput[],
) {
  assertUnique(lines, (line) => line.category, 'budgetLines', 'budget category');
  await tx
    .delete(campaignBudgetLines)
    .where(
      and(eq(campaignBudgetLines.workspaceId, workspaceId), eq(campaignBudgetLines.campaignId, campaignId)),
    );
  if (lines.length > 0)
    await tx.insert(campaignBudgetLines).values(lines.map((line) => ({ ...line, workspaceId, campaignId })));
}

export async function savePlan(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  plan: { objectives?: string[]; targetAudience?: string | null },
) {
  if (plan.objectives === undefined && plan.targetAudience === undefined) return;
  await tx
    .insert(campaignPlans)
    .values({
      workspaceId,
      campaignId,
      objectives: plan.objectives ?? [],
      targetAudience: plan.targetAudience ?? null,
    })
    .onConflictDoUpdate({
      target: campaignPlans.campaignId,
      set: {
        ...(plan.objectives !== undefined && { objectives: plan.objectives }),
        ...(plan.targetAudience !== undefined && { targetAudience: plan.targetAudience }),
        updatedAt: new Date(),
      },
    });
}
