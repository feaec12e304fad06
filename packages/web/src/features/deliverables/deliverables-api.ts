import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export const DELIVERABLE_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'verified',
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
export const DELIVERABLE_TYPES = ['video', 'post', 'story', 'livestream'] as const;
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];

export interface CheckFinding {
  code: 'near_duplicate' | 'missing_disclosure' | 'banned_claim';
  message: string;
  evidence: { field: 'caption' | 'script'; text: string; start: number; end: number } | null;
  phrase?: string;
  accepted?: string[];
  otherDeliverableId?: string;
  similarity?: number;
}

export interface DraftVersion {
  id: string;
  version: number;
  caption: string;
  script: string | null;
  attachments: { label: string; url: string }[];
  checks: CheckFinding[];
  createdAt: string;
}

export interface ThreadComment {
  id: string;
  versionId: string | null;
  parentId: string | null;
  author: { kind: 'member' | 'reviewer'; name: string };
  body: string;
  createdAt: string;
}

export interface DeliverableSummary {
  id: string;
  campaign: { id: string; name: string };
  creator: { id: string; name: string };
  title: string;
  type: DeliverableType;
  platform: string;
  owner: { id: string; name: string } | null;
  status: DeliverableStatus;
  nextStatuses: DeliverableStatus[];
  dueAt: string;
  scheduledAt: string | null;
  important: boolean;
  liveUrl: string | null;
  postId: string | null;
  publishedAt: string | null;
  lateness: 'on_time' | 'late' | 'missed' | null;
  overdue: boolean;
  updatedAt: string;
  latestVersion: number | null;
  checkCount: number;
}

export interface DeliverableDetail extends DeliverableSummary {
  versions: DraftVersion[];
  comments: ThreadComment[];
  history: {
    from: DeliverableStatus;
    to: DeliverableStatus;
    by: { kind: 'member' | 'reviewer'; name: string };
    note: string | null;
    at: string;
  }[];
}

export interface ReviewLink {
  id: string;
  deliverableId: string | null;
  deliverableTitle: string | null;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
  url?: string;
}

export interface NewDeliverable {
  creatorId: string;
  title: string;
  type: DeliverableType;
  platform: string;
  dueAt: string;
  scheduledAt: string | null;
  ownerUserId: string | null;
  important: boolean;
}

const base = (workspaceId: string) => workspacePath(workspaceId);
export const deliverablesKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'deliverables'] as const;
export const deliverableKey = (workspaceId: string, id: string) =>
  [...deliverablesKey(workspaceId), 'detail', id] as const;
export const reviewLinksKey = (workspaceId: string, campaignId: string) =>
  [...deliverablesKey(workspaceId), 'review-links', campaignId] as const;

export const listDeliverables = (workspaceId: string, campaignId: string) =>
  api.get<{ items: DeliverableSummary[] }>(`${base(workspaceId)}/deliverables`, { campaignId });
export const getDeliverable = (workspaceId: string, id: string) =>
  api.get<DeliverableDetail>(`${base(workspaceId)}/deliverables/${id}`);
export const createDeliverable = (workspaceId: string, campaignId: string, body: NewDeliverable) =>
  api.post<DeliverableDetail>(`${base(workspaceId)}/campaigns/${campaignId}/deliverables`, body);
export const changeStatus = (
  workspaceId: string,
  id: string,
  body: {
    status: DeliverableStatus;
    liveUrl?: string | null;
    scheduledAt?: string | null;
    note?: string | null;
  },
) => api.post<DeliverableDetail>(`${base(workspaceId)}/deliverables/${id}/status`, body);
export const addVersion = (
  workspaceId: string,
  id: string,
  body: { caption: string; script: string | null },
) => api.post<DeliverableDetail>(`${base(workspaceId)}/deliverables/${id}/versions`, body);
export const addComment = (
  workspaceId: string,
  id: string,
  body: { body: string; parentId: string | null },
) => api.post<DeliverableDetail>(`${base(workspaceId)}/deliverables/${id}/comments`, body);
export const listReviewLinks = (workspaceId: string, campaignId: string) =>
  api.get<{ items: ReviewLink[] }>(`${base(workspaceId)}/campaigns/${campaignId}/review-links`);
export const createReviewLink = (workspaceId: string, campaignId: string, deliverableId: string | null) =>
  api.post<ReviewLink & { url: string }>(`${base(workspaceId)}/campaigns/${campaignId}/review-links`, {
    deliverableId,
    expiresInDays: 14,
  });
export const revokeReviewLink = (workspaceId: string, id: string) =>
  api.post<ReviewLink>(`${base(workspaceId)}/review-links/${id}/revoke`);
export const updateDeliverable = (
  workspaceId: string,
  id: string,
  body: { dueAt?: string; ownerUserId?: string | null; important?: boolean },
) => api.patch<DeliverableDetail>(`${base(workspaceId)}/deliverables/${id}`, body);
