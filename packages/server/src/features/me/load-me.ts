import type { Db } from '@lantoa/db';
import { members, users, workspaces } from '@lantoa/db/schema';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { TMe } from './me-schemas';

export async function loadMe(db: Db, userId: string): Promise<TMe> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) throw new AppError('unauthenticated', 'Your account no longer exists');
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: members.role })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(eq(members.userId, userId))
    .orderBy(asc(workspaces.name));
  return {
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale === 'en' ? 'en' : 'vi' },
    workspaces: rows,
  };
}
