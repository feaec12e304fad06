import { foldDiacritics } from '@lantoa/core/text';
import type { Db } from '@lantoa/db';
import { creatorStats, creators } from '@lantoa/db/schema';
import { and, arrayOverlaps, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { CreatorSearch } from './search-query';

export interface CreatorSearchRow {
  creator: typeof creators.$inferSelect;
  stats: typeof creatorStats.$inferSelect | null;
}

interface Cursor {
  value: string | number | null;
  id: string;
}

interface SortKey {
  /** What rows are ordered and compared by (an indexed expression where there is one). */
  column: SQL;
  /** The same value as the cursor carries it, exactly (a timestamp as text keeps its microseconds). */
  cursorValue: SQL;
  /** The cursor's value back as SQL of the column's type; `null` when the value cannot be this sort's. */
  bind(value: string | number): SQL | null;
  /**
   * Stats may be unknown (NULL, sorted last); name and creation time never are, and leaving NULLS LAST off for
   * them lets an index on the column give the order without sorting every creator.
   */
  nullable: boolean;
}

const numeric = (column: SQL): SortKey => ({
  column,
  cursorValue: column,
  bind: (value) => (typeof value === 'number' ? sql`${value}` : null),
  nullable: true,
});

const SORTS: Record<CreatorSearch['sort'], SortKey> = {
  name: {
    column: sql`lower(${creators.name})`,
    cursorValue: sql`lower(${creators.name})`,
    bind: (value) => (typeof value === 'string' ? sql`${value}` : null),
    nullable: false,
  },
  followers: numeric(sql`${creatorStats.followers}`),
  engagementRate: numeric(sql`${creatorStats.engagementRate}`),
  fee: numeric(sql`${creatorStats.feeMin}`),
  quality: numeric(sql`${creatorStats.qualityScore}`),
  createdAt: {
    column: sql`${creators.createdAt}`,
    cursorValue: sql`${creators.createdAt}::text`,
    bind: (value) => (typeof value === 'string' ? sql`${value}::timestamptz` : null),
    nullable: false,
  },
};

export function creatorFilters(workspaceId: string, search: CreatorSearch): SQL[] {
  const filters: SQL[] = [eq(creators.workspaceId, workspaceId)];
  const folded = search.q ? foldDiacritics(search.q).trim() : '';
  // search_text is folded and lower-case like `folded`: a case-sensitive LIKE, which the trigram index answers.
  for (const word of folded.split(/\s+/).filter(Boolean).slice(0, 8)) {
    filters.push(like(creators.searchText, `%${escapeLike(word)}%`));
  }
  if (search.platform) filters.push(arrayOverlaps(creatorStats.platforms, search.platform));
  if (search.tier) filters.push(inArray(creatorStats.tier, search.tier));
  if (search.niche) filters.push(arrayOverlaps(creators.niches, search.niche));
  if (search.tag) filters.push(arrayOverlaps(creators.tags, search.tag));
  if (search.location) filters.push(inArray(creators.location, search.location));
  if (search.status) filters.push(inArray(creators.status, search.status));
  if (search.owner) filters.push(inArray(creators.ownerUserId, search.owner));
  if (search.risk) filters.push(inArray(creatorStats.riskLevel, search.risk));
  if (search.erMin !== undefined) filters.push(gte(creatorStats.engagementRate, search.erMin));
  if (search.erMax !== undefined) filters.push(lte(creatorStats.engagementRate, search.erMax));
  // A creator fits a fee range when some rate-card price falls inside it.
  if (search.feeMin !== undefined) filters.push(gte(creatorStats.feeMax, search.feeMin));
  if (search.feeMax !== undefined) filters.push(lte(creatorStats.feeMin, search.feeMax));
  if (search.qualityMin !== undefined) filters.push(gte(creatorStats.qualityScore, search.qualityMin));
  if (search.qualityMax !== undefined) filters.push(lte(creatorStats.qualityScore, search.qualityMax));
  return filters;
}

/**
 * One page of creators matching `search`, keyset-paginated on (sort value, id). Missing sort values (no ER yet)
 * come last in both directions.
 */
export async function searchCreators(
  db: Db,
  workspaceId: string,
  search: CreatorSearch,
  page: { cursor?: string; limit: number },
): Promise<{ rows: CreatorSearchRow[]; nextCursor: string | null }> {
  const sort = SORTS[search.sort];
  const column = sort.column;
  const desc = search.order === 'desc';
  const filters = creatorFilters(workspaceId, search);
  if (page.cursor) filters.push(afterCursor(sort, desc, decodeCursor(page.cursor)));
  const direction = desc ? sql`DESC` : sql`ASC`;
  const rows = await db
    .select({
      creator: creators,
      stats: creatorStats,
      sortValue: sql<string | number | null>`${sort.cursorValue}`,
    })
    .from(creators)
    .leftJoin(creatorStats, eq(creatorStats.creatorId, creators.id))
    .where(and(...filters))
    .orderBy(
      sort.nullable ? sql`${column} ${direction} NULLS LAST` : sql`${column} ${direction}`,
      sql`${creators.id} ${direction}`,
    )
    .limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    rows.length > page.limit && last
      ? encodeCursor({ value: serialise(last.sortValue), id: last.creator.id })
      : null;
  return { rows: pageRows.map(({ creator, stats }) => ({ creator, stats })), nextCursor };
}

function afterCursor(sort: SortKey, desc: boolean, cursor: Cursor): SQL {
  const { column } = sort;
  const id = sql`${cursor.id}::uuid`;
  if (cursor.value === null) {
    return desc
      ? sql`(${column} IS NULL AND ${creators.id} < ${id})`
      : sql`(${column} IS NULL AND ${creators.id} > ${id})`;
  }
  const value = sort.bind(cursor.value);
  if (!value) throw badCursor();
  // A row comparison, which an index on (column, id) answers as a range.
  if (!sort.nullable)
    return desc
      ? sql`(${column}, ${creators.id}) < (${value}, ${id})`
      : sql`(${column}, ${creators.id}) > (${value}, ${id})`;
  return desc
    ? sql`(${column} < ${value} OR (${column} = ${value} AND ${creators.id} < ${id}) OR ${column} IS NULL)`
    : sql`(${column} > ${value} OR (${column} = ${value} AND ${creators.id} > ${id}) OR ${column} IS NULL)`;
}

function serialise(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return value;
  return String(value);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'id' in parsed &&
      'value' in parsed &&
      typeof parsed.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed.id) &&
      (parsed.value === null || typeof parsed.value === 'string' || typeof parsed.value === 'number')
    ) {
      return { id: parsed.id, value: parsed.value };
    }
  } catch {
    // falls through to the error below
  }
  throw badCursor();
}

function badCursor(): AppError {
  return new AppError('validation_failed', 'The cursor is not one this list gave out', [
    { path: 'query.cursor', message: 'start again from the first page' },
  ]);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
