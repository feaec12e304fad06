import { sql } from 'drizzle-orm';
import { customType, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const IMPORT_STATUSES = ['uploaded', 'importing', 'imported', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One uploaded spreadsheet (CSV/XLSX) and what became of it; the file is kept until it is imported. */
export const spreadsheetImports = pgTable('spreadsheet_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** What the rows are: 'creators' today; orders and comments reuse the machinery. */
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  content: bytea('content'),
  status: text('status').$type<ImportStatus>().notNull().default('uploaded'),
  /** Column index → field id, as last confirmed. */
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
  /** Counts and rejected rows with reasons once imported. */
  result: jsonb('result').$type<Record<string, unknown>>(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Header → field choices remembered per workspace, keyed by the accent-folded header text. */
export const importHeaderMappings = pgTable(
  'import_header_mappings',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    headerKey: text('header_key').notNull(),
    field: text('field').notNull(),
    uses: integer('uses').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.headerKey] })],
);
