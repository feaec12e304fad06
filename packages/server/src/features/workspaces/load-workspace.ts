import { DEFAULT_TIER_THRESHOLDS } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { type Role, workspaces } from '@lantoa/db/schema';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { TWorkspace } from './workspace-schemas';

export async function loadWorkspace(db: Db, workspaceId: string, role: Role): Promise<TWorkspace> {
  const workspace = await db.query.workspaces.findFirst({ where: eq(workspaces.id, workspaceId) });
  if (!workspace) throw AppError.notFound('Workspace');
  const counts = await db.execute<{ creators: number; campaigns: number; members: number }>(sql`
    select (select count(*) from creators where workspace_id = ${workspaceId})::int as creators,
           (select count(*) from campaigns where workspace_id = ${workspaceId})::int as campaigns,
           (select count(*) from members where workspace_id = ${workspaceId})::int as members`);
  const row = counts.rows[0] ?? { creators: 0, campaigns: 0, members: 0 };
  return {
    id: workspace.id,
    name: workspace.name,
    slug: workspace.slug,
    role,
    settings: {
      ...workspace.settings,
      tierThresholds: workspace.settings.tierThresholds ?? { ...DEFAULT_TIER_THRESHOLDS },
    },
    counts: row,
  };
}
