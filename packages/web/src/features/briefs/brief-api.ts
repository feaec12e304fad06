import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface BriefContent {
  keyMessage: string;
  usp: string;
  dos: string[];
  donts: string[];
  disclosures: string[];
  storytelling: string;
  references: { label: string; url: string | null }[];
}

export interface Brief {
  campaignId: string;
  current: { version: number; content: BriefContent; createdAt: string; createdBy: string | null } | null;
  versions: { version: number; createdAt: string }[];
}

export interface PublicBrief {
  campaign: { name: string; brand: string | null; startDate: string | null; endDate: string | null };
  version: number;
  content: BriefContent;
  expiresAt: string;
}

const briefPath = (workspaceId: string, campaignId: string) =>
  `${workspacePath(workspaceId)}/campaigns/${campaignId}/brief`;

export const briefKey = (workspaceId: string, campaignId: string) =>
  [...workspaceKey(workspaceId), 'campaigns', campaignId, 'brief'] as const;
export const getBrief = (workspaceId: string, campaignId: string) =>
  api.get<Brief>(briefPath(workspaceId, campaignId));
export const saveBrief = (workspaceId: string, campaignId: string, content: BriefContent) =>
  api.post<Brief>(briefPath(workspaceId, campaignId), content);
export const createShareLink = (workspaceId: string, campaignId: string, expiresInDays: number) =>
  api.post<{ id: string; url: string; expiresAt: string }>(
    `${briefPath(workspaceId, campaignId)}/share-links`,
    {
      expiresInDays,
    },
  );
export const getPublicBrief = (token: string) => api.get<PublicBrief>(`/public/briefs/${token}`);

/** One bullet per line in the editor; blank lines dropped. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** References as "label | url" lines. */
export function referencesOf(text: string): BriefContent['references'] {
  return linesOf(text).map((line) => {
    const [label = '', url = ''] = line.split('|').map((part) => part.trim());
    return {
      label: label || url,
      url: /^https?:\/\//.test(url) ? url : /^https?:\/\//.test(label) ? label : null,
    };
  });
}
