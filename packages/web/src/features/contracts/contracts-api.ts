import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import { uploadFile } from '../../lib/upload-file';

export const CONTRACT_STATUSES = ['draft', 'sent', 'signed', 'completed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_DELIVERABLE_TYPES = ['video', 'post', 'story', 'livestream', 'other'] as const;
export type ContractDeliverableType = (typeof CONTRACT_DELIVERABLE_TYPES)[number];

export interface ContractMilestone {
  id?: string;
  label: string;
  amount: number;
  dueOn: string | null;
  paidAt: string | null;
}

export interface ContractDeliverable {
  type: ContractDeliverableType;
  platform: string;
  count: number;
}

export interface ContractAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface ContractTerms {
  title: string | null;
  status: ContractStatus;
  fee: number;
  deliverables: ContractDeliverable[];
  milestones: ContractMilestone[];
  exclusivityStart: string | null;
  exclusivityEnd: string | null;
  competitors: string[];
  scandalClause: string | null;
  contentApprovalClause: string | null;
  usageRightsChannels: string[];
  usageRightsExpiresOn: string | null;
  signedOn: string | null;
  notes: string | null;
}

export interface Contract extends ContractTerms {
  id: string;
  campaign: { id: string; name: string; brand: string | null };
  creator: { id: string; name: string };
  currency: string;
  paid: number;
  attachments: ContractAttachment[];
  updatedAt: string;
}

export const contractsKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'contracts'] as const;

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/contracts`;

export const listContracts = (workspaceId: string, filter: { campaignId?: string; creatorId?: string }) =>
  api.get<{ items: Contract[] }>(base(workspaceId), filter);
export const createContract = (
  workspaceId: string,
  body: ContractTerms & { campaignId: string; creatorId: string },
) => api.post<Contract>(base(workspaceId), body);
export const updateContract = (workspaceId: string, contractId: string, body: Partial<ContractTerms>) =>
  api.patch<Contract>(`${base(workspaceId)}/${contractId}`, body);
export const deleteContract = (workspaceId: string, contractId: string) =>
  api.delete(`${base(workspaceId)}/${contractId}`);
export const deleteAttachment = (workspaceId: string, contractId: string, attachmentId: string) =>
  api.delete(`${base(workspaceId)}/${contractId}/attachments/${attachmentId}`);

/** Where the browser downloads an attachment (same-origin, the session cookie authorises it). */
export const attachmentUrl = (workspaceId: string, contractId: string, attachmentId: string) =>
  `/api/v1${base(workspaceId)}/${contractId}/attachments/${attachmentId}`;

export const uploadAttachment = (workspaceId: string, contractId: string, file: File) =>
  uploadFile<ContractAttachment>(`${base(workspaceId)}/${contractId}/attachments`, file);
