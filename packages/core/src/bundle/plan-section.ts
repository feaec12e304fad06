import { z } from 'zod';
import { BUDGET_CATEGORIES } from '../budget';
import { KPI_GOALS, KpiIdSchema } from '../kpi';
import { amountField, dateField, expecting, idField, textField } from './fields';

export const CAMPAIGN_STATUSES = ['draft', 'planned', 'live', 'completed', 'archived'] as const;
export const FUNNEL_STAGES = ['awareness', 'engagement', 'conversion', 'retention', 'advocacy'] as const;

const textList = (what: string) => z.array(textField, { error: expecting(`a list of ${what}`) });

const KpiTargetSchema = z.strictObject({
  kpi: KpiIdSchema,
  target: z.number({ error: expecting('a number or null') }).nullable(),
  deadline: dateField.nullable().optional(),
});

const BudgetLineSchema = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  planned: amountField(),
  committed: amountField().nullable().optional(),
});

const PlannedCreatorSchema = z.strictObject({
  creator: idField.describe('A creator key of `accounts`, or a creator without accounts (matched by name)'),
  name: textField.optional(),
  fee: amountField().nullable().optional(),
  status: textField.optional(),
});

const BriefSchema = z.strictObject({
  key_message: textField,
  usp: textField.optional(),
  dos: textList('points').optional(),
  donts: textList('points').optional(),
  disclosures: textList('disclosures').optional(),
  storytelling: textField.optional(),
  references: z
    .array(z.strictObject({ label: textField, url: textField.nullable().optional() }), {
      error: expecting('a list of references'),
    })
    .optional(),
});

/** Planning data that travels with a campaign between installations; measurement never depends on it. */
export const PlanSectionSchema = z
  .strictObject({
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    brand: textField.nullable().optional(),
    description: textField.nullable().optional(),
    objectives: z.array(z.enum(KPI_GOALS), { error: expecting('a list of goals') }).optional(),
    funnel_stage: z.enum(FUNNEL_STAGES).nullable().optional(),
    competitors: textList('competitor names').optional(),
    target_audience: textField.nullable().optional(),
    budget: amountField().nullable().optional(),
    kpi_targets: z.array(KpiTargetSchema, { error: expecting('a list of KPI targets') }).optional(),
    budget_lines: z.array(BudgetLineSchema, { error: expecting('a list of budget lines') }).optional(),
    creators: z.array(PlannedCreatorSchema, { error: expecting('a list of creators') }).optional(),
    brief: BriefSchema.optional(),
  })
  .describe(
    'Planning data: status, brand and competitors, objectives, KPI targets, budget lines, assigned creators with fees, the brief',
  );
