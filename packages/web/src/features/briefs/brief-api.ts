import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import { uploadFile } from '../../lib/upload-file';

export interface BriefContent {
  keyMessage: string;
  usp: string;
  dos: string[];
  donts: string[];
  disclosures: string[];
  storytelling: string;
  references: { label: string; url: string | null }[];
}

export interface BriefAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface BriefVersion {
  version: number;
  content: BriefContent;
  createdAt: string;
  createdBy: string | null;
}

export interface Brief {
  campaignId: string;
  current: BriefVersion | null;
  versions: { version: number; createdAt: string }[];
  attachments: BriefAttachment[];
}

/** The share-link lifetimes offered in the app, in days. */
export const SHARE_LINK_DAYS = [7, 14, 30] as const;

export interface PublicBrief {
  campaign: { name: string; brand: string | null; startDate: string | null; endDate: string | null };
  version: number;
  content: BriefContent;
  attachments: BriefAttachment[];
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

export const briefVersionKey = (workspaceId: string, campaignId: string, version: number) =>
  [...briefKey(workspaceId, campaignId), 'versions', version] as const;
export const getBriefVersion = (workspaceId: string, campaignId: string, version: number) =>
  api.get<BriefVersion>(`${briefPath(workspaceId, campaignId)}/versions/${version}`);

export const uploadBriefAttachment = (workspaceId: string, campaignId: string, file: File) =>
  uploadFile<BriefAttachment>(`${briefPath(workspaceId, campaignId)}/attachments`, file);
export const deleteBriefAttachment = (workspaceId: string, campaignId: string, attachmentId: string) =>
  api.delete(`${briefPath(workspaceId, campaignId)}/attachments/${attachmentId}`);
/** Where the browser downloads a brief file (same-origin, the session cookie authorises it). */
export const briefAttachmentUrl = (workspaceId: string, campaignId: string, attachmentId: string) =>
  `/api/v1${briefPath(workspaceId, campaignId)}/attachments/${attachmentId}`;
/** The same file through a share link: no login, only while the link lives. */
export const publicBriefAttachmentUrl = (token: string, attachmentId: string) =>
  `/api/v1/public/briefs/${token}/attachments/${attachmentId}`;

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
