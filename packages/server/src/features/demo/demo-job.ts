import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';

export const DEMO_JOB = 'demo.load';

const ZDemoPayload = z.object({ workspaceId: z.uuid() });

export const demoJobHandler: JobHandler<z.infer<typeof ZDemoPayload>> = {
  type: DEMO_JOB,
  parse: (payload) => ZDemoPayload.parse(payload),
  run: async ({ db, payload, progress }) => {
    const { insertDemoData } = await import('./insert-demo-data');
    return insertDemoData(db, payload.workspaceId, progress);
  },
};
