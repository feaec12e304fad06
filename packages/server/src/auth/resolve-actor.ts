import { apiKeys } from '@lantoa/db/schema';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import type { Services } from '../services';
import type { ApiKeyActor, UserActor } from './actor';
import { hashToken, looksLikeApiKey } from './api-key-token';

export type RequestIdentity =
  | { kind: 'anonymous' }
  | { kind: 'session'; actor: UserActor }
  | { kind: 'api_key'; actor: ApiKeyActor };

/** Who is calling: an API key (`Authorization: Bearer lt_…`), a session cookie, or nobody. */
export async function resolveIdentity(request: FastifyRequest, services: Services): Promise<RequestIdentity> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const token = authorization.replace(/^Bearer\s+/i, '').trim();
    if (!looksLikeApiKey(token))
      throw new AppError('unauthenticated', 'The Authorization header does not hold a Lantoa API key');
    return { kind: 'api_key', actor: await findApiKey(token, services) };
  }
  const session = await services.auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return { kind: 'anonymous' };
  const { user } = session;
  return { kind: 'session', actor: { type: 'user', id: user.id, name: user.name, email: user.email } };
}

async function findApiKey(token: string, services: Services): Promise<ApiKeyActor> {
  const [key] = await services.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashToken(token)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!key) throw new AppError('unauthenticated', 'This API key is unknown or has been revoked');
  void services.db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(eq(apiKeys.id, key.id))
    .catch(() => undefined);
  return { type: 'api_key', id: key.id, name: key.name, workspaceId: key.workspaceId, role: key.role };
}
