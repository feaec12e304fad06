import type { Db } from '@lantoa/db';
import type { jobs } from '@lantoa/db/schema';
import type { Logger } from '../logger';

export type JobRow = typeof jobs.$inferSelect;

export interface EnqueueOptions {
  workspaceId: string | null;
  createdBy?: string | null;
  maxAttempts?: number;
  runAt?: Date;
}

export interface JobContext<P> {
  job: JobRow;
  payload: P;
  db: Db;
  log: Logger;
  /** Reports progress (0–100) with a message users can read; cheap to call often (writes are throttled). */
  progress(percent: number, message: string): Promise<void>;
}

export interface JobHandler<P = unknown> {
  type: string;
  parse(payload: unknown): P;
  run(ctx: JobContext<P>): Promise<unknown>;
}

/** A durable queue of jobs stored in the database; drivers differ in when the work runs. */
export interface JobQueue {
  readonly driver: 'database' | 'inline';
  enqueue(type: string, payload: unknown, options: EnqueueOptions): Promise<JobRow>;
  start(): void;
  /** Stops taking new jobs and waits for running ones. */
  stop(): Promise<void>;
}
