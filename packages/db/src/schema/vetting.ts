import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
