import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface Localized {
  vi: string;
  en: string;
}

export interface QualitySignal {
  id: string;
  label: Localized;
  status: 'ok' | 'warning' | 'alert' | 'not_available';
  rawValue: number | null;
  unit: 'count' | 'percent' | 'ratio' | 'share' | 'robust_z';
  reference: { label: Localized; value: number | { low: number; high: number } | null } | null;
  explanation: Localized;
  weight: number;
  maxPoints: number;
  contribution: number | null;
}

export interface RiskFlag {
  category: string;
  term: string;
  excerpt: string;
  source: {
    kind: 'caption' | 'comment';
    postId: string;
    commentId?: string;
    url?: string;
    publishedAt?: string;
  };
  competitor?: string;
}

export interface Decision {
  id: string;
  decision: 'approved' | 'rejected' | 'needs_review';
  by: string;
  byName: string;
  at: string;
  note?: string;
}

export interface CreatorVetting {
  dossier: {
    summary: {
      qualityScore: number | null;
      qualityLevel: 'good' | 'caution' | 'poor' | null;
      qualityConfidence: 'high' | 'medium' | 'low' | null;
      riskLevel: 'low' | 'medium' | 'high' | 'critical' | null;
      recommendation: 'proceed' | 'review' | 'avoid';
      recommendationReasons: Localized[];
    };
    quality: { signals: QualitySignal[]; coverage: number } | null;
    risk: {
      level: string;
      rules: { id: string; level: string; evidenceCount: number; description: Localized }[];
      flags: RiskFlag[];
    } | null;
    reliability: unknown;
  };
  er: {
    value: number | null;
    engagementSet: string[];
    postsUsed: number;
    band: { low: number | null; high: number | null; sourceTitle: string; sourceReference: string } | null;
    bandReason: string | null;
    position: 'below' | 'within' | 'above' | null;
    workspacePercentile: number | null;
    workspaceSampleSize: number;
  };
  primaryAccountId: string | null;
  followerHistory: { accountId: string; points: { at: string; followers: number }[] }[];
  erHistory: { postId: string; at: string; er: number; url: string | null }[];
  pastCampaigns: {
    id: string;
    name: string;
    status: string;
    startDate: string | null;
    endDate: string | null;
    fee: number | null;
    posts: number;
  }[];
  decisions: Decision[];
}

export const vettingKey = (workspaceId: string, creatorId: string) =>
  [...workspaceKey(workspaceId), 'creators', 'vetting', creatorId] as const;

const creatorPath = (workspaceId: string, creatorId: string) =>
  `${workspacePath(workspaceId)}/creators/${encodeURIComponent(creatorId)}`;

export const getVetting = (workspaceId: string, creatorId: string) =>
  api.get<CreatorVetting>(`${creatorPath(workspaceId, creatorId)}/vetting`);

export const decide = (
  workspaceId: string,
  creatorId: string,
  decision: Decision['decision'],
  reason: string,
) =>
  api.post<{ decisions: Decision[] }>(`${creatorPath(workspaceId, creatorId)}/decisions`, {
    decision,
    reason,
  });

export const dossierUrl = (workspaceId: string, creatorId: string, format: 'pdf' | 'xlsx') =>
  `/api/v1${creatorPath(workspaceId, creatorId)}/dossier?format=${format}`;
