import type pg from 'pg';
import type { Logger } from '../../logger';
import { type Click, clicksFromJournal, clickToLine } from './click';
import { ClickJournal } from './click-journal';
import { insertClicks } from './insert-clicks';

export interface ClickRecorder {
  /**
   * Journals the click, then calls `journaled` — answer the visitor only then (with an error: the journal could
   * not be written, the click is not kept, answer 503). The clicks of one event-loop turn share one blocking write
   * (in `setImmediate`, once the turn's requests are read); the database insert follows within `flushMs`.
   */
  record(click: Click, journaled: (error?: Error) => void): void;
  /** Stores clicks journaled by processes that died, then starts the flush timer. */
  start(): Promise<void>;
  /** Stores everything still pending; safe to call twice. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

interface Pending {
  file: string;
  clicks: Click[];
}

export function createClickRecorder(options: {
  journalDir: string;
  pool: pg.Pool;
  log: Logger;
  flushMs?: number;
}): ClickRecorder {
  const { pool, log } = options;
  const journal = new ClickJournal(options.journalDir);
  let batch: Click[] = [];
  let unwritten: { clicks: Click[]; text: string; callbacks: ((error?: Error) => void)[] } = {
    clicks: [],
    text: '',
    callbacks: [],
  };
  const pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;
  let stopped = false;

  function writeJournal(): void {
    const { clicks, text, callbacks } = unwritten;
    if (clicks.length === 0) return;
    unwritten = { clicks: [], text: '', callbacks: [] };
    try {
      journal.append(text);
    } catch (error) {
      log.error(
        { err: error, clicks: clicks.length },
        'journal write failed; these clicks were not answered',
      );
      for (const callback of callbacks) callback(error as Error);
      return;
    }
    for (const click of clicks) batch.push(click);
    for (const callback of callbacks) callback();
  }

  async function storePending(): Promise<void> {
    writeJournal();
    if (batch.length > 0) {
      pending.push({ file: journal.rotate(), clicks: batch });
      batch = [];
    }
    while (pending.length > 0) {
      const next = pending[0] as Pending;
      await insertClicks(pool, next.clicks);
      journal.remove(next.file);
      pending.shift();
    }
  }

  // Waits for a flush under way, then runs its own: everything recorded before the call is stored when it returns.
  async function flush(): Promise<void> {
    while (flushing) await flushing;
    flushing = storePending()
      .catch((error: unknown) => {
        // The clicks stay journaled and pending; the next tick tries again.
        log.error({ err: error, pending: pending.length }, 'storing clicks failed; will retry');
      })
      .finally(() => {
        flushing = undefined;
      });
    return flushing;
  }

  return {
    record(click, journaled) {
      if (unwritten.clicks.length === 0) setImmediate(writeJournal);
      unwritten.clicks.push(click);
      unwritten.text += clickToLine(click);
      unwritten.callbacks.push(journaled);
    },
    async start() {
      for (const file of journal.orphans()) {
        const clicks = clicksFromJournal(journal.read(file));
        await insertClicks(pool, clicks, { replay: true });
        journal.remove(file);
        log.info({ file, clicks: clicks.length }, 'replayed clicks from the journal');
      }
      timer = setInterval(() => {
        if (!flushing) void flush();
      }, options.flushMs ?? 100);
      timer.unref();
    },
    flush,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      await flushing;
      await flush();
      if (pending.length === 0 && batch.length === 0 && unwritten.clicks.length === 0)
        journal.remove(journal.close());
      else journal.close();
    },
  };
}
