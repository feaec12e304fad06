import type { CreatorImportRow } from '@lantoa/core/spreadsheet';
import { creatorAccounts, creators, followerSnapshots, type RateCardItem } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { creatorSearchText } from '../creators/search-text';

export const IMPORTED_FEE_LABEL = 'Giá từ bảng tính';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/**
 * Writes one batch of valid rows. An existing platform + handle is updated (only with the values the file gives)
 * or skipped; a row equal to what is stored changes nothing, so re-importing a file is a no-op.
 */
export async function upsertCreatorBatch(
  tx: Tx,
  workspaceId: string,
  rows: CreatorImportRow[],
  onDuplicate: 'update' | 'skip',
  counts: UpsertCounts,
  now: Date,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const pairs = rows.map((row) => sql`(${row.platform}, ${row.handle.toLowerCase()})`);
  const existing = await tx
    .select({ account: creatorAccounts, creator: creators })
    .from(creatorAccounts)
    .innerJoin(creators, eq(creators.id, creatorAccounts.creatorId))
    .where(
      and(
        eq(creatorAccounts.workspaceId, workspaceId),
        sql`(${creatorAccounts.platform}, lower(${creatorAccounts.handle})) IN (${sql.join(pairs, sql`, `)})`,
      ),
    );
  const byKey = new Map(
    existing.map((hit) => [`${hit.account.platform}:${hit.account.handle.toLowerCase()}`, hit]),
  );
  const touched: string[] = [];
  const fresh: CreatorImportRow[] = [];
  for (const row of rows) {
    const hit = byKey.get(`${row.platform}:${row.handle.toLowerCase()}`);
    if (!hit) {
      fresh.push(row);
      continue;
    }
    if (onDuplicate === 'skip') {
      counts.skipped++;
      continue;
    }
    const changed = await updateExisting(tx, workspaceId, hit, row, now);
    if (changed) {
      counts.updated++;
      touched.push(hit.creator.id);
    } else counts.unchanged++;
  }
  if (fresh.length > 0) {
    const inserted = await tx
      .insert(creators)
      .values(
        fresh.map((row) => ({
          workspaceId,
          name: row.name,
          email: row.email,
          phone: row.phone,
          location: row.location,
          niches: row.niches,
          tags: row.tags,
          bio: row.bio,
          notes: row.notes,
          status: row.status ?? 'prospect',
          rateCard: feeCard(row, []),
          searchText: creatorSearchText({ ...row, handles: [row.handle] }),
        })),
      )
      .returning({ id: creators.id });
    const accounts = await tx
      .insert(creatorAccounts)
      .values(
        fresh.map((row, index) => ({
          workspaceId,
          creatorId: inserted[index]?.id ?? '',
          platform: row.platform,
          handle: row.handle,
          url: row.url,
          followers: row.followers,
          followersAt: row.followers === null ? null : now,
        })),
      )
      .returning({ id: creatorAccounts.id, followers: creatorAccounts.followers });
    const snapshots = accounts.flatMap((account) =>
      account.followers === null
        ? []
        : [{ workspaceId, accountId: account.id, at: now, followers: account.followers }],
    );
    if (snapshots.length) await tx.insert(followerSnapshots).values(snapshots);
    counts.created += fresh.length;
    touched.push(...inserted.map((row) => row.id));
  }
  return touched;
}

type Hit = { account: typeof creatorAccounts.$inferSelect; creator: typeof creators.$inferSelect };

async function updateExisting(
  tx: Tx,
  workspaceId: string,
  hit: Hit,
  row: CreatorImportRow,
  now: Date,
): Promise<boolean> {
  const { creator, account } = hit;
  const patch: Partial<typeof creators.$inferInsert> = {};
  const keep = <K extends 'email' | 'phone' | 'location' | 'bio' | 'notes'>(key: K) => {
    if (row[key] !== null && row[key] !== creator[key]) patch[key] = row[key];
  };
  (['email', 'phone', 'location', 'bio', 'notes'] as const).forEach(keep);
  if (row.name !== row.handle && row.name !== creator.name) patch.name = row.name;
  if (row.status && row.status !== creator.status) patch.status = row.status;
  if (row.niches.length && row.niches.join('|') !== creator.niches.join('|')) patch.niches = row.niches;
  if (row.tags.length && row.tags.join('|') !== creator.tags.join('|')) patch.tags = row.tags;
  const card = feeCard(row, creator.rateCard);
  if (cardKey(card) !== cardKey(creator.rateCard)) patch.rateCard = card;
  const accountPatch: Partial<typeof creatorAccounts.$inferInsert> = {};
  if (row.url !== null && row.url !== account.url) accountPatch.url = row.url;
  if (row.followers !== null && row.followers !== account.followers) {
    accountPatch.followers = row.followers;
    accountPatch.followersAt = now;
  }
  const creatorChanged = Object.keys(patch).length > 0;
  const accountChanged = Object.keys(accountPatch).length > 0;
  if (accountChanged) {
    await tx.update(creatorAccounts).set(accountPatch).where(eq(creatorAccounts.id, account.id));
    if (accountPatch.followers != null)
      await tx
        .insert(followerSnapshots)
        .values({ workspaceId, accountId: account.id, at: now, followers: accountPatch.followers })
        .onConflictDoNothing();
  }
  if (creatorChanged) {
    const handles = await tx
      .select({ handle: creatorAccounts.handle })
      .from(creatorAccounts)
      .where(inArray(creatorAccounts.creatorId, [creator.id]));
    const next = { ...creator, ...patch };
    await tx
      .update(creators)
      .set({
        ...patch,
        updatedAt: now,
        searchText: creatorSearchText({ ...next, handles: handles.map((h) => h.handle) }),
      })
      .where(eq(creators.id, creator.id));
  }
  return creatorChanged || accountChanged;
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
