import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { workspaces } from './workspaces';

/**
 * Other spellings of a campaign's brand or of one of its competitors ("VNM", "vina milk" for Vinamilk), counted as
 * mentions of it in share of voice. `nameKey` is the name lower-cased without diacritics, so renaming "Vinamilk"
 * to "VINAMILK" keeps its aliases.
 */
export const mentionAliases = pgTable(
  'mention_aliases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    nameKey: text('name_key').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mention_aliases_campaign_name_idx').on(t.campaignId, t.nameKey)],
);
