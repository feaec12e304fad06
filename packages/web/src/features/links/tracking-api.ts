import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

export interface PromoCode {
  id: string;
  code: string;
  campaign: { id: string; name: string };
  creator: { id: string; name: string } | null;
  createdAt: string;
}

export interface SigningKey {
  secret: string;
  header: string;
  endpoints: string[];
}

export interface ConversionEvent {
  id: string;
  type: 'lead' | 'sale' | 'refund';
  orderId: string | null;
  amount: number | null;
  currency: string;
  occurredAt: string;
  attributedBy: 'code' | 'click' | null;
  code: string | null;
  campaign: { id: string; name: string } | null;
  creator: { id: string; name: string } | null;
  status: 'pending' | 'approved' | 'reversed' | null;
}

export const promoCodesKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'promo-codes'] as const;
export const signingKeyKey = (workspaceId: string) => [...workspaceKey(workspaceId), 'signing-key'] as const;
export const conversionEventsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'conversion-events'] as const;

export const listPromoCodes = (workspaceId: string) =>
  api.get<{ items: PromoCode[] }>(`${workspacePath(workspaceId)}/promo-codes`);
export const generatePromoCodes = (
  workspaceId: string,
  input: { campaignId: string; creatorId: string | null; prefix: string; count: number },
) => api.post<{ codes: string[] }>(`${workspacePath(workspaceId)}/promo-codes`, input);
export const getSigningKey = (workspaceId: string) =>
  api.get<SigningKey>(`${workspacePath(workspaceId)}/conversion-signing-key`);
export const listConversionEvents = (workspaceId: string) =>
  api.get<{ items: ConversionEvent[] }>(`${workspacePath(workspaceId)}/conversion-events`);
