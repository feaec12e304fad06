import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createRepeatTracker, isBotUserAgent } from '@lantoa/core/attribution';
import type { ClickVia } from '@lantoa/db/schema';
import type pg from 'pg';
import type { Logger } from '../../logger';
import { type ClickRecorder, createClickRecorder } from './click-recorder';
import { type CachedLink, LinkCache } from './link-cache';
import { createVisitorHasher } from './visitor-hash';

export interface Visit {
  ip: string;
  userAgent: string | undefined;
  referrer: string | undefined;
  via: ClickVia;
  nowMs: number;
}

export interface Redirector {
  cache: LinkCache;
  recorder: ClickRecorder;
  /**
   * Journals one click on `link` and returns its id (the click id handed to the destination and the cookie);
   * `journaled` is called once the click is safe — answer the visitor then, not before.
   */
  recordClick(link: CachedLink, visit: Visit, journaled: (error?: Error) => void): string;
}

const REPEAT_WINDOW_MS = 30 * 60_000;

export function createRedirector(options: {
  dataDir: string;
  pool: pg.Pool;
  visitorSalt: string;
  log: Logger;
}): Redirector {
  const cache = new LinkCache(options.pool);
  const recorder = createClickRecorder({
    journalDir: path.join(options.dataDir, 'click-journal'),
    pool: options.pool,
    log: options.log,
  });
  const hashVisitor = createVisitorHasher(options.visitorSalt);
  const repeats = createRepeatTracker(REPEAT_WINDOW_MS);
  return {
    cache,
    recorder,
    recordClick(link, visit, journaled) {
      const id = randomUUID();
      const visitorHash = hashVisitor(visit.ip, visit.userAgent ?? '', visit.nowMs);
      recorder.record(
        {
          id,
          workspaceId: link.workspaceId,
          linkId: link.id,
          t: visit.nowMs,
          via: visit.via,
          visitorHash,
          isBot: isBotUserAgent(visit.userAgent),
          isRepeat: repeats.isRepeat(`${link.id}:${visitorHash}`, visit.nowMs),
          referrerHost: referrerHost(visit.referrer),
        },
        journaled,
      );
      return id;
    },
  };
}

function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    return new URL(referrer).host || null;
  } catch {
    return null;
  }
}
