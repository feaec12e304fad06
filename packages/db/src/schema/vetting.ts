import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { creators } from './creators';
import { workspaces } from './workspaces';

export const VETTING_DECISIONS = ['approved', 'rejected', 'needs_review'] as const;
export type VettingDecisionKind = (typeof VETTING_DECISIONS)[number];

/** Approve / reject decisions on a creator (B5): who, when and why; the latest one is the creator's standing. */
export const vettingDecisions = pgTable(
  'vetting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<VettingDecisionKind>().notNull(),
    reason: text('reason').notNull(),
    /** A user id or an API key id; the name is kept so the record reads well after the actor is gone. */
    decidedBy: text('decided_by').notNull(),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vetting_decisions_creator_idx').on(t.creatorId, t.decidedAt)],
);

export const BACKGROUND_CHECK_LEVELS = ['medium', 'high', 'critical'] as const;
export type BackgroundCheckLevel = (typeof BACKGROUND_CHECK_LEVELS)[number];

/** Manual background-check notes on a creator (B4); a note may raise the risk level, with its reason. */
export const backgroundChecks = pgTable(
  'background_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    /** null: the note informs but does not raise the risk level. */
    raisesRiskTo: text('raises_risk_to').$type<BackgroundCheckLevel>(),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('background_checks_creator_idx').on(t.creatorId, t.createdAt)],
);

export interface FitTargetAudience {
  ageRange?: { min: number; max: number } | null;
  genders?: ('female' | 'male' | 'other')[] | null;
  locations?: string[] | null;
  interests?: string[] | null;
  niches?: string[] | null;
}

/** The structured target audience of a campaign, used to score creator fit (B3). */
export const campaignFitTargets = pgTable('campaign_fit_targets', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  target: jsonb('target').$type<FitTargetAudience>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
