import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contractMilestones } from './contracts';
import { creators } from './creators';
import { workspaces } from './workspaces';

export const CAMPAIGN_STATUSES = ['draft', 'planned', 'live', 'completed', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const FUNNEL_STAGES = ['awareness', 'engagement', 'conversion', 'retention', 'advocacy'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    brand: text('brand'),
    description: text('description'),
    status: text('status').$type<CampaignStatus>().notNull().default('draft'),
    funnelStage: text('funnel_stage').$type<FunnelStage>(),
    competitors: text('competitors').array().notNull().default(sql`'{}'::text[]`),
    startDate: date('start_date'),
    endDate: date('end_date'),
    currency: text('currency').notNull().default('VND'),
    budgetAmount: bigint('budget_amount', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_workspace_idx').on(t.workspaceId, t.createdAt)],
);

export const campaignKpis = pgTable(
  'campaign_kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    kpiId: text('kpi_id').notNull(),
    target: doublePrecision('target'),
    deadline: date('deadline'),
  },
  (t) => [index('campaign_kpis_campaign_idx').on(t.campaignId)],
);

export const campaignCreators = pgTable(
  'campaign_creators',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    fee: bigint('fee', { mode: 'number' }),
    status: text('status').notNull().default('selected'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.creatorId] })],
);

export const COST_CATEGORIES = ['creator_fee', 'media', 'production', 'customer_care', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const costs = pgTable(
  'costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    category: text('category').$type<CostCategory>().notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('VND'),
    incurredOn: date('incurred_on'),
    note: text('note'),
    /**
     * Set when the cost is the payment of a contract milestone: the milestone is the record, this row follows it.
     * Deleting the milestone (or its contract) deletes the cost, since a payment that no longer exists is no spending.
     */
    contractMilestoneId: uuid('contract_milestone_id').references(() => contractMilestones.id, {
      onDelete: 'cascade',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('costs_campaign_idx').on(t.campaignId),
    uniqueIndex('costs_contract_milestone_unique').on(t.contractMilestoneId),
  ],
);

export const CONVERSION_TYPES = ['lead', 'sale', 'refund'] as const;
export type ConversionType = (typeof CONVERSION_TYPES)[number];
export const CONVERSION_STATUSES = ['pending', 'approved', 'reversed'] as const;
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number];

export const conversions = pgTable(
  'conversions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    type: text('type').$type<ConversionType>().notNull(),
    status: text('status').$type<ConversionStatus>().notNull().default('pending'),
    amount: bigint('amount', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('VND'),
    customerType: text('customer_type').$type<'new' | 'returning'>(),
    externalId: text('external_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversions_campaign_idx').on(t.campaignId, t.occurredAt)],
);
