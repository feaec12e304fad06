import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../permissions/catalogue';
import type { PublicContext, UserContext, WorkspaceContext } from './contexts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success response; omit for 204 No Content. */
  response?: z.ZodType;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export type ContextFor<P extends Permission> = P extends 'public'
  ? PublicContext
  : P extends 'account.self'
    ? UserContext
    : WorkspaceContext;

export interface HandlerInput<S extends RouteSchemas, P extends Permission> {
  params: Infer<S['params']>;
  query: Infer<S['query']>;
  body: Infer<S['body']>;
  ctx: ContextFor<P>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type HandlerResult<S extends RouteSchemas> = S['response'] extends z.ZodType
  ? z.input<S['response']>
  : undefined;

export interface RouteDefinition<S extends RouteSchemas = RouteSchemas, P extends Permission = Permission> {
  method: HttpMethod;
  url: string;
  permission: P;
  summary: string;
  tags: string[];
  schema: S;
  /** HTTP status of a successful answer: 200 by default, 204 when there is no response schema. */
  status?: number;
  /** Largest request body in bytes, when this route needs more than BODY_LIMIT_BYTES (e.g. campaign bundles). */
  bodyLimit?: number;
  // Method syntax keeps parameters bivariant so every route fits the route table's element type.
  handler(input: HandlerInput<S, P>): Promise<HandlerResult<S>>;
}

/** Declares a route: its schemas and its one permission sit next to its handler. */
export function defineRoute<S extends RouteSchemas, P extends Permission>(
  definition: RouteDefinition<S, P>,
): RouteDefinition<S, P> {
  return definition;
}

export type AnyRoute = RouteDefinition<RouteSchemas, Permission>;
