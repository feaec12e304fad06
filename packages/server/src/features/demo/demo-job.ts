import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';
import { insertDemoData } from './insert-demo-data';

export const DEMO_JOB = 'demo.load';

const ZDemoPayload = z.object({ workspaceId: z.uuid() });

export const demoJobHandler: JobHandler<z.infer<typeof ZDemoPayload>> = {
  type: DEMO_JOB,
  parse: (payload) => ZDemoPayload.parse(payload),
  run: ({ db, payload, progress }) => insertDemoData(db, payload.workspaceId, progress),
};
