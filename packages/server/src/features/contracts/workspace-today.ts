import type { Db } from '@lantoa/db';
import { workspaces } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar day (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export async function workspaceTimeZone(db: Db, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row?.settings.timezone ?? DEFAULT_TIME_ZONE;
}

/** Today in the workspace's time zone (Asia/Ho_Chi_Minh unless its settings say otherwise). */
export async function workspaceToday(db: Db, workspaceId: string, now = new Date()): Promise<string> {
  return localDay(now, await workspaceTimeZone(db, workspaceId));
}
