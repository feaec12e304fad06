import type { Db } from '@lantoa/db';
import { auditLog } from '@lantoa/db/schema';
import type { Actor } from '../auth/actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

type Executor = Pick<Db, 'insert'>;

/** The one way a change is written to the audit log: who, what, when, before/after. */
export async function recordAudit(
  executor: Executor,
  workspaceId: string,
  actor: Actor,
  entry: AuditEntry,
  requestId: string | null,
): Promise<void> {
  await executor.insert(auditLog).values({
    workspaceId,
    actorType: actor.type,
    actorId: actor.type === 'system' ? null : actor.id,
    actorName: actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId,
  });
}
