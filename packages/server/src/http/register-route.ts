import { members } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/record-audit';
import type { ApiKeyActor, UserActor } from '../auth/actor';
import { resolveIdentity } from '../auth/resolve-actor';
import { roleHasPermission, type WorkspacePermission } from '../permissions/catalogue';
import type { Services } from '../services';
import { AppError } from './app-error';
import type { PublicContext, UserContext, WorkspaceContext } from './contexts';
import type { AnyRoute } from './define-route';
import { assertSameOrigin } from './same-origin';
import { wasAnsweredByHandler } from './send-download';

const contexts = new WeakMap<FastifyRequest, PublicContext | UserContext | WorkspaceContext>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerRoute(app: FastifyInstance, services: Services, route: AnyRoute): void {
  app.route({
    method: route.method,
    url: route.url,
    schema: {
      summary: route.summary,
      tags: route.tags,
      ...(route.permission === 'public' ? {} : { security: [{ session: [] }, { apiKey: [] }] }),
      description: `Permission: \`${route.permission}\``,
      ...(route.schema.params ? { params: route.schema.params } : {}),
      ...(route.schema.query ? { querystring: route.schema.query } : {}),
      ...(route.schema.body ? { body: route.schema.body } : {}),
      response: route.schema.response ? { [route.status ?? 200]: route.schema.response } : {},
    },
    config: { permission: route.permission },
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    // Identity, membership and permission are settled before input validation, so a caller outside the
    // workspace learns nothing from validation messages and always gets the same 401/404.
    preValidation: async (request) => {
      contexts.set(request, await buildContext(request, services, route));
    },
    handler: async (request, reply) => {
      const ctx = contexts.get(request);
      if (!ctx) throw new Error('request context missing');
      const result = await route.handler({
        params: request.params,
        query: request.query,
        body: request.body,
        ctx,
        request,
        reply,
      });
      if (wasAnsweredByHandler(reply)) return reply;
      if (!route.schema.response) return reply.status(route.status ?? 204).send();
      return reply.status(route.status ?? 200).send(result);
    },
  });
}

async function buildContext(
  request: FastifyRequest,
  services: Services,
  route: AnyRoute,
): Promise<PublicContext | UserContext | WorkspaceContext> {
  const base: PublicContext = { services, requestId: request.id, log: request.log };
  if (route.permission === 'public') return base;

  const identity = await resolveIdentity(request, services);
  if (identity.kind === 'anonymous')
    throw new AppError('unauthenticated', 'Sign in or send an API key to use this route');
  if (identity.kind === 'session') assertSameOrigin(request, services.config.publicUrl);

  if (route.permission === 'account.self') {
    if (identity.kind !== 'session')
      throw new AppError('forbidden', 'API keys can only call workspace routes');
    return { ...base, actor: identity.actor };
  }
  const workspaceId = (request.params as { workspaceId?: string }).workspaceId;
  if (!workspaceId)
    throw new Error(`route ${route.url} needs :workspaceId for permission ${route.permission}`);
  if (!UUID.test(workspaceId)) throw AppError.notFound('Workspace');
  const role = await roleInWorkspace(services, identity.actor, workspaceId);
  if (!role) throw AppError.notFound('Workspace');
  if (!roleHasPermission(role, route.permission as WorkspacePermission)) {
    throw new AppError('forbidden', `Your role (${role}) does not allow ${route.permission}`);
  }
  const actor = identity.actor;
  return {
    ...base,
    actor,
    workspace: { id: workspaceId, role },
    write: (work) =>
      services.db.transaction((tx) =>
        work(tx, (entry) => recordAudit(tx, workspaceId, actor, entry, request.id)),
      ),
  };
}

async function roleInWorkspace(services: Services, actor: UserActor | ApiKeyActor, workspaceId: string) {
  if (actor.type === 'api_key') return actor.workspaceId === workspaceId ? actor.role : null;
  const [membership] = await services.db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, actor.id)))
    .limit(1);
  return membership?.role ?? null;
}
