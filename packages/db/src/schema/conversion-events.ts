import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { campaigns, conversions } from './campaigns';
import { creators } from './creators';
import { promoCodes, trackedLinks } from './links';
import { workspaces } from './workspaces';

/** The per-workspace secret that signs conversion postbacks (HMAC-SHA256). */
export const conversionSigningKeys = pgTable('conversion_signing_keys', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ATTRIBUTION_SOURCES = ['code', 'click'] as const;
export type AttributionSource = (typeof ATTRIBUTION_SOURCES)[number];

/**
 * Every lead, sale and refund received through the signed postback API, attributed or not. The idempotency key is
 * unique per workspace, so the same event sent twice is stored (and counted) once. An attributed lead or sale also
 * has a row in `conversions` (what the KPI engine reads).
 */
export const conversionEvents = pgTable(
  'conversion_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    type: text('type').$type<'lead' | 'sale' | 'refund'>().notNull(),
    orderId: text('order_id'),
    amount: bigint('amount', { mode: 'number' }),
    currency: text('currency').notNull().default('VND'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    clickId: uuid('click_id'),
    code: text('code'),
    attributedBy: text('attributed_by').$type<AttributionSource>(),
    linkId: uuid('link_id').references(() => trackedLinks.id, { onDelete: 'set null' }),
    promoCodeId: uuid('promo_code_id').references(() => promoCodes.id, { onDelete: 'set null' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    conversionId: uuid('conversion_id').references(() => conversions.id, { onDelete: 'set null' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversion_events_idempotency_idx').on(t.workspaceId, t.idempotencyKey),
    index('conversion_events_order_idx').on(t.workspaceId, t.orderId),
  ],
);
