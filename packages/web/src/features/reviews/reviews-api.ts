import { api } from '../../lib/api-client';
import type {
  CheckFinding,
  DeliverableStatus,
  DeliverableType,
  ThreadComment,
} from '../deliverables/deliverables-api';

export interface PublicReview {
  campaign: { name: string; brand: string | null };
  expiresAt: string;
  deliverables: {
    id: string;
    title: string;
    type: DeliverableType;
    platform: string;
    creatorName: string;
    status: DeliverableStatus;
    dueAt: string;
    canDecide: boolean;
    draft: {
      version: number;
      caption: string;
      script: string | null;
      attachments: { label: string; url: string }[];
      checks: CheckFinding[];
      createdAt: string;
    } | null;
    comments: ThreadComment[];
  }[];
}

export const publicReviewKey = (token: string) => ['public-review', token] as const;
export const getPublicReview = (token: string) => api.get<PublicReview>(`/public/reviews/${token}`);
export const decide = (
  token: string,
  body: {
    deliverableId: string;
    decision: 'approve' | 'request_changes';
    reviewerName: string;
    comment: string | null;
  },
) => api.post<PublicReview>(`/public/reviews/${token}/decisions`, body);
export const commentAsReviewer = (
  token: string,
  body: { deliverableId: string; reviewerName: string; body: string; parentId: string | null },
) => api.post<PublicReview>(`/public/reviews/${token}/comments`, body);
