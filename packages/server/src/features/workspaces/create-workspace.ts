import type { Db } from '@lantoa/db';
import { members, workspaces } from '@lantoa/db/schema';
import { recordAudit } from '../../audit/record-audit';
import type { UserActor } from '../../auth/actor';
import { workspaceSlug } from './workspace-slug';

/** Creates a Vietnamese-first workspace (VND, Asia/Ho_Chi_Minh) owned by `owner`, audited. */
export async function createWorkspaceFor(db: Db, owner: UserActor, name: string, requestId: string | null) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(workspaces)
      .values({
        name,
        slug: workspaceSlug(name),
        settings: { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh', locale: 'vi' },
      })
      .returning();
    if (!created) throw new Error('workspace insert returned no row');
    await tx.insert(members).values({ workspaceId: created.id, userId: owner.id, role: 'owner' });
    await recordAudit(
      tx,
      created.id,
      owner,
      { action: 'workspace.create', entityType: 'workspace', entityId: created.id, after: created },
      requestId,
    );
    return created;
  });
}
