import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  term?: string;
}

export type LinkStatus = 'active' | 'disabled';

export interface TrackedLink {
  id: string;
  slug: string;
  shortUrl: string;
  destinationUrl: string;
  utm: Utm;
  finalUrl: string;
  status: LinkStatus;
  campaign: { id: string; name: string };
  creator: { id: string; name: string } | null;
  clicks: number;
  scans: number;
  botClicks: number;
  repeatClicks: number;
  createdAt: string;
  updatedAt: string;
}

export interface UtmPreset {
  id: string;
  name: string;
  utm: Utm;
}

export interface LinkInput {
  campaignId: string;
  creatorId: string | null;
  slug?: string;
  destinationUrl: string;
  utm: Utm;
}

export interface LinkQr {
  url: string;
  svg: string;
  pngDataUrl: string;
}

const links = (workspaceId: string) => `${workspacePath(workspaceId)}/links`;
const presets = (workspaceId: string) => `${workspacePath(workspaceId)}/utm-presets`;

export const linksKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'links'] as const;
export const utmPresetsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'utm-presets'] as const;

export const listLinks = (workspaceId: string, campaignId?: string) =>
  api.get<{ items: TrackedLink[] }>(links(workspaceId), { campaignId });
export const createLink = (workspaceId: string, input: LinkInput) =>
  api.post<TrackedLink>(links(workspaceId), input);
export const updateLink = (
  workspaceId: string,
  linkId: string,
  patch: Partial<Pick<LinkInput, 'slug' | 'destinationUrl' | 'utm'>> & { status?: LinkStatus },
) => api.patch<TrackedLink>(`${links(workspaceId)}/${encodeURIComponent(linkId)}`, patch);
export const getLinkQr = (workspaceId: string, linkId: string) =>
  api.get<LinkQr>(`${links(workspaceId)}/${encodeURIComponent(linkId)}/qr`);

export const listUtmPresets = (workspaceId: string) => api.get<{ items: UtmPreset[] }>(presets(workspaceId));
export const createUtmPreset = (workspaceId: string, name: string, utm: Utm) =>
  api.post<UtmPreset>(presets(workspaceId), { name, utm });
