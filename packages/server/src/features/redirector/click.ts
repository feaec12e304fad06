import type { ClickVia } from '@lantoa/db/schema';

/** One recorded click, as journaled and inserted. `t` is epoch milliseconds. */
export interface Click {
  id: string;
  workspaceId: string;
  linkId: string;
  t: number;
  via: ClickVia;
  visitorHash: string;
  isBot: boolean;
  isRepeat: boolean;
  referrerHost: string | null;
}

export function clickToLine(click: Click): string {
  return `${JSON.stringify(click)}\n`;
}

/** Parses journal text; a torn or foreign line is skipped (it can only be the tail of a write that never finished). */
export function clicksFromJournal(text: string): Click[] {
  const clicks: Click[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const value = JSON.parse(line) as Partial<Click>;
      if (isUuid(value.id) && isUuid(value.linkId) && isUuid(value.workspaceId) && Number.isFinite(value.t))
        clicks.push(value as Click);
    } catch {
      // torn tail line
    }
  }
  return clicks;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
