import type { Db } from '@lantoa/db';
import type { Role } from '@lantoa/db/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { AuditEntry } from '../audit/record-audit';
import type { Actor, ApiKeyActor, UserActor } from '../auth/actor';
import type { Services } from '../services';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface PublicContext {
  services: Services;
  requestId: string;
  log: FastifyBaseLogger;
}

export interface UserContext extends PublicContext {
  actor: UserActor;
}

export interface WorkspaceContext extends PublicContext {
  actor: UserActor | ApiKeyActor;
  workspace: { id: string; role: Role };
  /** Runs `work` in a transaction whose `audit` writes to the audit log atomically with the change. */
  write<T>(work: (tx: Tx, audit: (entry: AuditEntry) => Promise<void>) => Promise<T>): Promise<T>;
}

export type AnyActor = Actor;
