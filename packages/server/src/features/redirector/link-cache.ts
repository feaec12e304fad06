import { buildDestinationUrl, type Utm } from '@lantoa/core/attribution';
import type { LinkStatus } from '@lantoa/db/schema';
import type pg from 'pg';

export interface CachedLink {
  id: string;
  workspaceId: string;
  active: boolean;
  /** The destination with UTM tags, split at `#` so the click id can go before the fragment. */
  beforeHash: string;
  hash: string;
}

interface Entry {
  link: CachedLink | null;
  expiresAt: number;
}

// Other server processes may change a link; entries expire so every process sees the change within a minute.
const TTL_MS = 60_000;
const MISS_TTL_MS = 5_000;
const MAX_ENTRIES = 100_000;

/** Slug → link, answered from memory; changed links are invalidated by the routes that change them. */
export class LinkCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly pool: pg.Pool) {}

  /** The cached answer (a link, or `null` for a known miss), or `undefined` when the database must be asked. */
  peek(slug: string, nowMs: number): CachedLink | null | undefined {
    const entry = this.entries.get(slug);
    if (!entry || entry.expiresAt < nowMs) return undefined;
    return entry.link;
  }

  async load(slug: string, nowMs: number): Promise<CachedLink | null> {
    const { rows } = await this.pool.query<{
      id: string;
      workspace_id: string;
      destination_url: string;
      utm: Utm;
      status: LinkStatus;
    }>('SELECT id, workspace_id, destination_url, utm, status FROM tracked_links WHERE slug = $1', [slug]);
    const row = rows[0];
    const link = row ? toCached(row.id, row.workspace_id, row.destination_url, row.utm, row.status) : null;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(slug, { link, expiresAt: nowMs + (link ? TTL_MS : MISS_TTL_MS) });
    return link;
  }

  invalidate(slug: string): void {
    this.entries.delete(slug);
  }
}

function toCached(
  id: string,
  workspaceId: string,
  destination: string,
  utm: Utm,
  status: LinkStatus,
): CachedLink {
  const full = buildDestinationUrl(destination, utm);
  const at = full.indexOf('#');
  return {
    id,
    workspaceId,
    active: status === 'active',
    beforeHash: at === -1 ? full : full.slice(0, at),
    hash: at === -1 ? '' : full.slice(at),
  };
}

/** The destination carrying the click id (`lt_cid`) for the shop's conversion postback. */
export function locationFor(link: CachedLink, clickId: string): string {
  const joiner = link.beforeHash.includes('?') ? '&' : '?';
  return `${link.beforeHash}${joiner}lt_cid=${clickId}${link.hash}`;
}

const CLICK_COOKIE_MAX_AGE_S = 30 * 24 * 3600;

/** The click-id cookie: the shop's pages on the same site read it back for attribution. */
export function clickCookie(clickId: string, secure: boolean): string {
  return `lt_cid=${clickId}; Max-Age=${CLICK_COOKIE_MAX_AGE_S}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
