import type { Db } from '@lantoa/db';
import { workspaces } from '@lantoa/db/schema';
import { asc, eq } from 'drizzle-orm';
import { isUuid } from './uuid';

export type ResolvedWorkspace = { ok: true; id: string; name: string } | { ok: false; error: string };

/** The workspace named by `--workspace`, or the only one there is; otherwise a message listing the choices. */
export async function resolveWorkspace(db: Db, given: string | undefined): Promise<ResolvedWorkspace> {
  if (given !== undefined) {
    if (!isUuid(given)) return { ok: false, error: `--workspace "${given}" is not a workspace id (a UUID)` };
    const [found] = await db
      .select({ id: workspaces.id, name: workspaces.name })
      .from(workspaces)
      .where(eq(workspaces.id, given));
    return found ? { ok: true, ...found } : { ok: false, error: `No workspace ${given} in this database` };
  }
  const all = await db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .orderBy(asc(workspaces.createdAt))
    .limit(21);
  if (all.length === 1) return { ok: true, ...all[0]! };
  if (all.length === 0)
    return {
      ok: false,
      error: 'This database has no workspace yet: sign up in the web app and create one first',
    };
  const listed = all.slice(0, 20).map((w) => `  ${w.id}  ${w.name}`);
  return {
    ok: false,
    error: [
      `This database has ${all.length > 20 ? 'more than 20' : all.length} workspaces: choose one with --workspace <id>`,
      ...listed,
    ].join('\n'),
  };
}
