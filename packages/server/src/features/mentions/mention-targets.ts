import { foldDiacritics } from '@lantoa/core/text';
import type { Db } from '@lantoa/db';
import { campaigns, mentionAliases } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { parseTarget } from './share-of-voice-series';

export interface MentionTargetView {
  name: string;
  role: 'brand' | 'competitor';
  /** Written into the campaign's brand or competitor field after "/" or "|". */
  inlineAliases: string[];
  /** Stored for this campaign (edited in the comments view). */
  aliases: string[];
}

/** "Vinamilk" and "VINAMILK " share their aliases: the key is the name lower-cased without diacritics. */
export function nameKey(name: string): string {
  return foldDiacritics(name).replace(/\s+/g, ' ').trim();
}

/** Trims, drops empties and case/accent-insensitive duplicates (the first spelling wins). */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    const key = nameKey(trimmed);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

export async function loadCampaignTargets(db: Db | Tx, workspaceId: string, campaignId: string) {
  const [campaign] = await db
    .select({ brand: campaigns.brand, competitors: campaigns.competitors })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  return campaign;
}

/** Stored aliases of a campaign, by name key. */
export async function storedAliases(
  db: Db | Tx,
  workspaceId: string,
  campaignId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ nameKey: mentionAliases.nameKey, aliases: mentionAliases.aliases })
    .from(mentionAliases)
    .where(and(eq(mentionAliases.workspaceId, workspaceId), eq(mentionAliases.campaignId, campaignId)));
  return new Map(rows.map((row) => [row.nameKey, row.aliases]));
}

/** "Name / inline alias" with the stored aliases of that name appended, in the form the campaign fields accept. */
export function withStoredAliases(raw: string, stored: ReadonlyMap<string, readonly string[]>): string {
  const extra = stored.get(nameKey(parseTarget(raw, 'x').name)) ?? [];
  return [raw, ...extra].join(' / ');
}

export async function loadMentionTargets(
  db: Db | Tx,
  workspaceId: string,
  campaignId: string,
): Promise<MentionTargetView[]> {
  const campaign = await loadCampaignTargets(db, workspaceId, campaignId);
  const stored = await storedAliases(db, workspaceId, campaignId);
  const raw = [
    ...(campaign.brand ? [{ raw: campaign.brand, role: 'brand' as const }] : []),
    ...campaign.competitors.map((competitor) => ({ raw: competitor, role: 'competitor' as const })),
  ];
  return raw.map(({ raw: text, role }) => {
    const target = parseTarget(text, role);
    return {
      name: target.name,
      role,
      inlineAliases: target.aliases,
      aliases: stored.get(nameKey(target.name)) ?? [],
    };
  });
}
