import { randomBytes } from 'node:crypto';
import { users } from '@lantoa/db/schema';
import type { UserActor } from '@lantoa/server/auth/actor';
import type { Services } from '@lantoa/server/services';
import { eq } from 'drizzle-orm';

export interface DemoUser {
  actor: UserActor;
  /** Set only when the account was created now: shown once, never stored in clear. */
  password: string | null;
}

export async function findOrCreateUser(services: Services, email: string, name: string): Promise<DemoUser> {
  const existing = await services.db.query.users.findFirst({ where: eq(users.email, email.toLowerCase()) });
  if (existing)
    return {
      actor: { type: 'user', id: existing.id, name: existing.name, email: existing.email },
      password: null,
    };
  const password = randomBytes(12).toString('base64url');
  const { user } = await services.auth.api.signUpEmail({ body: { name, email, password } });
  return { actor: { type: 'user', id: user.id, name: user.name, email: user.email }, password };
}
