import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

/** Base64 of a file up to ~600 KB: a sample of a few thousand followers fits well under the request limit. */
export const MAX_SAMPLE_BASE64_CHARS = 800_000;
export const MAX_SAMPLE_ROWS = 10_000;

export const ZFollowerSampleParams = z.strictObject({
  workspaceId: ZUuid,
  creatorId: ZUuid,
  accountId: ZUuid,
});

const ZLocalized = z.object({ vi: z.string(), en: z.string() });
const ZInterval = z.object({ low: z.number(), high: z.number() }).nullable();
const ZShare = z.object({
  count: z.number(),
  of: z.number(),
  share: z.number().nullable(),
  interval: ZInterval,
});

export const ZSampleProblem = z.object({
  row: z.number(),
  column: z.string(),
  value: z.string(),
  message: ZLocalized,
});

export const ZFollowerSampleSummary = z.object({
  rowsReceived: z.number(),
  rowsValid: z.number(),
  rowsInvalid: z.number(),
  suspicious: ZShare,
  massFollowers: ZShare,
  suspiciousOrMass: ZShare,
  fakeEstimate: z
    .object({
      scored: z.number(),
      predictedFake: z.number(),
      flaggedShare: z.number(),
      estimatedShare: z.number(),
      interval: z.object({ low: z.number(), high: z.number() }),
      classifier: z.object({ sensitivity: z.number(), specificity: z.number(), threshold: z.number() }),
      method: ZLocalized,
    })
    .nullable(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  problems: z.array(ZSampleProblem),
  problemCount: z.number(),
});
export type FollowerSampleSummary = z.infer<typeof ZFollowerSampleSummary>;

export const ZFollowerSample = z.object({
  id: z.string(),
  creatorId: z.string(),
  accountId: z.string(),
  fileName: z.string(),
  uploadedByName: z.string(),
  createdAt: z.string(),
  summary: ZFollowerSampleSummary,
});
