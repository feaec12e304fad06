import { randomUUID } from 'node:crypto';
import type { CreatorImportRow } from '@lantoa/core/spreadsheet';
import type { TierThresholds } from '@lantoa/core/tiers';
import type { RateCardItem } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../http/contexts';
import { tierSql } from '../../creators/refresh-creator-stats';
import { creatorSearchText } from '../../creators/search-text';
import { joinList, LIST_SEPARATOR, unnestRows } from '../unnest';

export const IMPORTED_FEE_LABEL = 'Giá từ bảng tính';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

type StoredCreator = {
  account_id: string;
  creator_id: string;
  platform: string;
  handle_key: string;
  url: string | null;
  followers: number | null;
  name: string;
  email: string | null;
  phone: string | null;
  location: string | null;
  bio: string | null;
  notes: string | null;
  status: string;
  niches: string[];
  tags: string[];
  rate_card: RateCardItem[];
  handles: string[];
};

type CreatorValues = Pick<
  StoredCreator,
  'name' | 'email' | 'phone' | 'location' | 'bio' | 'notes' | 'status' | 'niches' | 'tags' | 'rate_card'
> & { id: string; search_text: string };

/**
 * Writes one batch of valid rows in a fixed number of statements (lookup, inserts, updates as arrays). An existing
 * platform + handle is updated (only with the values the file gives) or skipped; a row equal to what is stored
 * changes nothing, so re-importing a file is a no-op. New creators get their search stats written with them (one
 * account, no posts yet); returns the updated creators, whose stats need refreshing.
 */
export async function upsertCreatorBatch(
  tx: Tx,
  workspaceId: string,
  rows: CreatorImportRow[],
  onDuplicate: 'update' | 'skip',
  counts: UpsertCounts,
  now: Date,
  thresholds: TierThresholds,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const existing = await tx.execute<StoredCreator>(sql`
    SELECT a.id AS account_id, c.id AS creator_id, a.platform, lower(a.handle) AS handle_key, a.url, a.followers,
      c.name, c.email, c.phone, c.location, c.bio, c.notes, c.status, c.niches, c.tags, c.rate_card,
      ARRAY(SELECT h.handle FROM creator_accounts h WHERE h.creator_id = c.id ORDER BY h.created_at) AS handles
    FROM ${unnestRows('k', [
      { name: 'platform', type: 'text', values: rows.map((row) => row.platform) },
      { name: 'handle', type: 'text', values: rows.map((row) => row.handle.toLowerCase()) },
    ])}
    JOIN creator_accounts a ON a.workspace_id = ${workspaceId} AND a.platform = k.platform AND lower(a.handle) = k.handle
    JOIN creators c ON c.id = a.creator_id`);
  const byKey = new Map(existing.rows.map((hit) => [`${hit.platform}:${hit.handle_key}`, hit]));
  const fresh: CreatorImportRow[] = [];
  const creatorUpdates: CreatorValues[] = [];
  const accountUpdates: {
    id: string;
    url: string | null;
    followers: number | null;
    changedFollowers: boolean;
  }[] = [];
  for (const row of rows) {
    const hit = byKey.get(`${row.platform}:${row.handle.toLowerCase()}`);
    if (!hit) fresh.push(row);
    else if (onDuplicate === 'skip') counts.skipped++;
    else {
      const creator = changedCreator(hit, row);
      const account = changedAccount(hit, row);
      if (creator) creatorUpdates.push(creator);
      if (account) accountUpdates.push(account);
      if (creator || account) counts.updated++;
      else counts.unchanged++;
    }
  }
  await insertCreators(tx, workspaceId, fresh, now, thresholds);
  counts.created += fresh.length;
  await updateCreators(tx, creatorUpdates, now);
  await updateAccounts(tx, workspaceId, accountUpdates, now);
  const creatorOfAccount = new Map(existing.rows.map((hit) => [hit.account_id, hit.creator_id]));
  const touched = new Set(creatorUpdates.map((update) => update.id));
  for (const update of accountUpdates) {
    const creatorId = creatorOfAccount.get(update.id);
    if (creatorId) touched.add(creatorId);
  }
  return [...touched];
}

function changedCreator(hit: StoredCreator, row: CreatorImportRow): CreatorValues | null {
  const next: CreatorValues = {
    id: hit.creator_id,
    name: row.name !== row.handle ? row.name : hit.name,
    email: row.email ?? hit.email,
    phone: row.phone ?? hit.phone,
    location: row.location ?? hit.location,
    bio: row.bio ?? hit.bio,
    notes: row.notes ?? hit.notes,
    status: row.status ?? hit.status,
    niches: row.niches.length ? row.niches : hit.niches,
    tags: row.tags.length ? row.tags : hit.tags,
    rate_card: feeCard(row, hit.rate_card),
    search_text: '',
  };
  const same =
    next.name === hit.name &&
    next.email === hit.email &&
    next.phone === hit.phone &&
    next.location === hit.location &&
    next.bio === hit.bio &&
    next.notes === hit.notes &&
    next.status === hit.status &&
    next.niches.join('|') === hit.niches.join('|') &&
    next.tags.join('|') === hit.tags.join('|') &&
    cardKey(next.rate_card) === cardKey(hit.rate_card);
  if (same) return null;
  next.search_text = creatorSearchText({ ...next, handles: hit.handles });
  return next;
}

function changedAccount(hit: StoredCreator, row: CreatorImportRow) {
  const url = row.url ?? hit.url;
  const followers = row.followers ?? hit.followers;
  if (url === hit.url && followers === hit.followers) return null;
  return { id: hit.account_id, url, followers, changedFollowers: followers !== hit.followers };
}

async function insertCreators(
  tx: Tx,
  workspaceId: string,
  rows: CreatorImportRow[],
  now: Date,
  thresholds: TierThresholds,
) {
  if (rows.length === 0) return;
  const creatorIds = rows.map(() => randomUUID());
  const accountIds = rows.map(() => randomUUID());
  await tx.execute(sql`
    INSERT INTO creators (id, workspace_id, name, email, phone, location, niches, tags, bio, notes, status,
      rate_card, search_text, created_at, updated_at)
    SELECT r.id, ${workspaceId}, r.name, r.email, r.phone, r.location,
      string_to_array(r.niches, ${LIST_SEPARATOR}), string_to_array(r.tags, ${LIST_SEPARATOR}),
      r.bio, r.notes, r.status, r.rate_card, r.search_text, ${now}, ${now}
    FROM ${unnestRows('r', [
      { name: 'id', type: 'uuid', values: creatorIds },
      { name: 'name', type: 'text', values: rows.map((row) => row.name) },
      { name: 'email', type: 'text', values: rows.map((row) => row.email) },
      { name: 'phone', type: 'text', values: rows.map((row) => row.phone) },
      { name: 'location', type: 'text', values: rows.map((row) => row.location) },
      { name: 'niches', type: 'text', values: rows.map((row) => joinList(row.niches)) },
      { name: 'tags', type: 'text', values: rows.map((row) => joinList(row.tags)) },
      { name: 'bio', type: 'text', values: rows.map((row) => row.bio) },
      { name: 'notes', type: 'text', values: rows.map((row) => row.notes) },
      { name: 'status', type: 'text', values: rows.map((row) => row.status ?? 'prospect') },
      { name: 'rate_card', type: 'jsonb', values: rows.map((row) => JSON.stringify(feeCard(row, []))) },
      {
        name: 'search_text',
        type: 'text',
        values: rows.map((row) => creatorSearchText({ ...row, handles: [row.handle] })),
      },
    ])}`);
  await tx.execute(sql`
    INSERT INTO creator_accounts (id, workspace_id, creator_id, platform, handle, url, followers, followers_at)
    SELECT r.id, ${workspaceId}, r.creator_id, r.platform, r.handle, r.url, r.followers,
      CASE WHEN r.followers IS NULL THEN NULL ELSE ${now}::timestamptz END
    FROM ${unnestRows('r', [
      { name: 'id', type: 'uuid', values: accountIds },
      { name: 'creator_id', type: 'uuid', values: creatorIds },
      { name: 'platform', type: 'text', values: rows.map((row) => row.platform) },
      { name: 'handle', type: 'text', values: rows.map((row) => row.handle) },
      { name: 'url', type: 'text', values: rows.map((row) => row.url) },
      { name: 'followers', type: 'int8', values: rows.map((row) => row.followers) },
    ])}`);
  await insertSnapshots(
    tx,
    workspaceId,
    rows.flatMap((row, index) =>
      row.followers === null ? [] : [{ accountId: accountIds[index] ?? '', followers: row.followers }],
    ),
    now,
  );
  // What refreshCreatorStats computes, for a creator with one account and no posts.
  await tx.execute(sql`
    INSERT INTO creator_stats
      (creator_id, workspace_id, platforms, followers, tier, engagement_rate, posts_count, fee_min, fee_max, computed_at)
    SELECT r.id, ${workspaceId}, ARRAY[r.platform], r.followers, ${tierSql(sql`r.followers`, thresholds)}, NULL, 0,
      r.fee, r.fee, ${now}
    FROM ${unnestRows('r', [
      { name: 'id', type: 'uuid', values: creatorIds },
      { name: 'platform', type: 'text', values: rows.map((row) => row.platform) },
      { name: 'followers', type: 'int8', values: rows.map((row) => row.followers) },
      { name: 'fee', type: 'int8', values: rows.map((row) => row.fee) },
    ])}`);
}

async function insertSnapshots(
  tx: Tx,
  workspaceId: string,
  snapshots: { accountId: string; followers: number }[],
  now: Date,
) {
  if (snapshots.length === 0) return;
  await tx.execute(sql`
    INSERT INTO follower_snapshots (workspace_id, account_id, at, followers)
    SELECT ${workspaceId}, r.account_id, ${now}, r.followers
    FROM ${unnestRows('r', [
      { name: 'account_id', type: 'uuid', values: snapshots.map((snapshot) => snapshot.accountId) },
      { name: 'followers', type: 'int8', values: snapshots.map((snapshot) => snapshot.followers) },
    ])}
    ON CONFLICT DO NOTHING`);
}

async function updateCreators(tx: Tx, updates: CreatorValues[], now: Date) {
  if (updates.length === 0) return;
  await tx.execute(sql`
    UPDATE creators c SET name = u.name, email = u.email, phone = u.phone, location = u.location,
      niches = string_to_array(u.niches, ${LIST_SEPARATOR}), tags = string_to_array(u.tags, ${LIST_SEPARATOR}),
      bio = u.bio, notes = u.notes, status = u.status, rate_card = u.rate_card, search_text = u.search_text,
      updated_at = ${now}
    FROM ${unnestRows('u', [
      { name: 'id', type: 'uuid', values: updates.map((update) => update.id) },
      { name: 'name', type: 'text', values: updates.map((update) => update.name) },
      { name: 'email', type: 'text', values: updates.map((update) => update.email) },
      { name: 'phone', type: 'text', values: updates.map((update) => update.phone) },
      { name: 'location', type: 'text', values: updates.map((update) => update.location) },
      { name: 'niches', type: 'text', values: updates.map((update) => joinList(update.niches)) },
      { name: 'tags', type: 'text', values: updates.map((update) => joinList(update.tags)) },
      { name: 'bio', type: 'text', values: updates.map((update) => update.bio) },
      { name: 'notes', type: 'text', values: updates.map((update) => update.notes) },
      { name: 'status', type: 'text', values: updates.map((update) => update.status) },
      { name: 'rate_card', type: 'jsonb', values: updates.map((update) => JSON.stringify(update.rate_card)) },
      { name: 'search_text', type: 'text', values: updates.map((update) => update.search_text) },
    ])}
    WHERE c.id = u.id`);
}

async function updateAccounts(
  tx: Tx,
  workspaceId: string,
  updates: { id: string; url: string | null; followers: number | null; changedFollowers: boolean }[],
  now: Date,
) {
  if (updates.length === 0) return;
  await tx.execute(sql`
    UPDATE creator_accounts a SET url = u.url, followers = u.followers,
      followers_at = CASE WHEN u.changed THEN ${now}::timestamptz ELSE a.followers_at END
    FROM ${unnestRows('u', [
      { name: 'id', type: 'uuid', values: updates.map((update) => update.id) },
      { name: 'url', type: 'text', values: updates.map((update) => update.url) },
      { name: 'followers', type: 'int8', values: updates.map((update) => update.followers) },
      { name: 'changed', type: 'bool', values: updates.map((update) => update.changedFollowers) },
    ])}
    WHERE a.id = u.id`);
  await insertSnapshots(
    tx,
    workspaceId,
    updates.flatMap((update) =>
      update.changedFollowers && update.followers !== null
        ? [{ accountId: update.id, followers: update.followers }]
        : [],
    ),
    now,
  );
}

/** Key order is not kept by jsonb, so compare rate cards field by field. */
function cardKey(card: RateCardItem[]): string {
  return card.map((item) => `${item.platform}|${item.deliverable}|${item.amount}`).join('\n');
}

/** The file's fee becomes (or replaces) one rate-card line for that platform; other lines stay. */
function feeCard(row: CreatorImportRow, current: RateCardItem[]): RateCardItem[] {
  if (row.fee === null) return current;
  const others = current.filter(
    (item) => !(item.deliverable === IMPORTED_FEE_LABEL && item.platform === row.platform),
  );
  return [...others, { deliverable: IMPORTED_FEE_LABEL, platform: row.platform, amount: row.fee }];
}
