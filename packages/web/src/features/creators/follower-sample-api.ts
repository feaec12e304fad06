import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { Localized } from './vetting-api';

export interface ShareEstimate {
  count: number;
  of: number;
  share: number | null;
  interval: { low: number; high: number } | null;
}

export interface FollowerSample {
  id: string;
  accountId: string;
  fileName: string;
  uploadedByName: string;
  createdAt: string;
  summary: {
    rowsReceived: number;
    rowsValid: number;
    rowsInvalid: number;
    suspicious: ShareEstimate;
    massFollowers: ShareEstimate;
    suspiciousOrMass: ShareEstimate;
    fakeEstimate: {
      scored: number;
      predictedFake: number;
      estimatedShare: number;
      interval: { low: number; high: number };
      method: Localized;
      classifier: { sensitivity: number; specificity: number; threshold: number };
    } | null;
    problems: { row: number; column: string; value: string; message: Localized }[];
    problemCount: number;
  };
}

export const followerSamplesKey = (workspaceId: string, creatorId: string) =>
  [...workspaceKey(workspaceId), 'creators', 'follower-samples', creatorId] as const;

const creatorPath = (workspaceId: string, creatorId: string) =>
  `${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}`;

export const listFollowerSamples = (workspaceId: string, creatorId: string) =>
  api.get<{ items: FollowerSample[] }>(`${creatorPath(workspaceId, creatorId)}/follower-samples`);

export async function uploadFollowerSample(
  workspaceId: string,
  creatorId: string,
  accountId: string,
  file: File,
): Promise<FollowerSample> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return api.post<FollowerSample>(
    `${creatorPath(workspaceId, creatorId)}/accounts/${encodeURIComponent(accountId)}/follower-sample`,
    { fileName: file.name, data: btoa(binary) },
  );
}
