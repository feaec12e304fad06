import type { Db } from '@lantoa/db';
import { members, users } from '@lantoa/db/schema';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';

type Reader = Db | Tx;

export async function listMembers(db: Reader, workspaceId: string) {
  const rows = await db
    .select({
      userId: members.userId,
      name: users.name,
      email: users.email,
      role: members.role,
      joinedAt: members.createdAt,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.workspaceId, workspaceId))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() }));
}

export async function findMember(db: Reader, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function countOwners(db: Reader, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'owner')));
  return row?.n ?? 0;
}
