import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { CodedProblem } from '../imports/problem-text';

/** The API accepts at most 1,000,000 base64 characters, i.e. 750,000 bytes; 700 KB leaves room. */
export const MAX_COMMENT_FILE_BYTES = 700 * 1024;

export const ACCEPTED_COMMENT_FILE_TYPES = '.csv,.xlsx';

export interface CampaignPost {
  id: string;
  creatorName: string | null;
  platform: string;
  externalId: string | null;
  url: string | null;
  format: string | null;
  publishedAt: string;
}

export interface CommentImportResult {
  rows: number;
  inserted: number;
  duplicates: number;
  rejected: (CodedProblem & { row: number; column: string })[];
  jobId: string | null;
}

export type CommentFileProblem = 'tooLarge' | 'wrongType' | 'empty';

/** Why a picked file cannot be sent (before reading it), or null when it can. */
export function commentFileProblem(file: Pick<File, 'name' | 'size'>): CommentFileProblem | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_COMMENT_FILE_BYTES) return 'tooLarge';
  return null;
}

/** Standard base64 of raw bytes, built in chunks so large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The newest posts of the campaign (one page of the largest size), with how many there are in all. */
export const listCampaignPosts = (workspaceId: string, campaignId: string) =>
  api.get<{ items: CampaignPost[]; total?: number | null }>(
    `${workspacePath(workspaceId)}/campaigns/${encodeURIComponent(campaignId)}/posts?limit=${POST_PICKER_LIMIT}`,
  );

export const POST_PICKER_LIMIT = 500;

export async function importComments(
  workspaceId: string,
  postId: string,
  file: File,
): Promise<CommentImportResult> {
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return api.post<CommentImportResult>(
    `${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}/comments/import`,
    { fileName: file.name, contentBase64 },
  );
}
