export const ROLES = ['owner', 'admin', 'manager', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export type Locale = 'vi' | 'en';

export interface Me {
  user: { id: string; name: string; email: string; locale: Locale };
  workspaces: WorkspaceSummary[];
}

interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export interface TierThresholds {
  nano: number;
  micro: number;
  macro: number;
  mega: number;
}

export interface WorkspaceSettings {
  currency: string;
  timezone: string;
  locale: Locale;
  tierThresholds: TierThresholds;
}

export interface Workspace extends WorkspaceSummary {
  settings: WorkspaceSettings;
  counts?: { creators: number; campaigns: number; members: number };
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: string;
  invitedBy?: { name: string };
  url?: string;
}

export interface InvitationPreview {
  workspace: { id: string; name: string };
  role: Role;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  createdBy?: { name: string };
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

type ActorType = 'user' | 'api_key' | 'system';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { type: ActorType; id: string | null; name: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface Job {
  id: string;
  type: string;
  status: JobStatus;
  progress: number;
  message: string | null;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  result: unknown;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type Platform = 'tiktok' | 'facebook' | 'instagram' | 'youtube' | 'zalo' | 'other';
export type Tier = 'koc' | 'nano' | 'micro' | 'macro' | 'mega';

interface CreatorAccount {
  id: string;
  platform: Platform;
  handle: string;
  followers: number | null;
  tier: Tier | null;
}

export interface Creator {
  id: string;
  name: string;
  avatarUrl: string | null;
  niches: string[];
  location: string | null;
  status: string;
  accounts: CreatorAccount[];
}

export type CampaignStatus = 'draft' | 'planned' | 'live' | 'completed' | 'archived';

export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
  brand: string | null;
  startDate: string | null;
  endDate: string | null;
  budget: { amount: number; currency: string } | null;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}
