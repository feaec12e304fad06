import { workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface MentionTarget {
  name: string;
  role: 'brand' | 'competitor';
  inlineAliases: string[];
  aliases: string[];
}

const targetsPath = (workspaceId: string, campaignId: string) =>
  `${workspacePath(workspaceId)}/campaigns/${encodeURIComponent(campaignId)}/mention-targets`;

export const getMentionTargets = (workspaceId: string, campaignId: string) =>
  api.get<{ targets: MentionTarget[] }>(targetsPath(workspaceId, campaignId));

export const saveMentionTargets = (
  workspaceId: string,
  campaignId: string,
  targets: { name: string; aliases: string[] }[],
) => api.put<{ targets: MentionTarget[] }>(targetsPath(workspaceId, campaignId), { targets });
