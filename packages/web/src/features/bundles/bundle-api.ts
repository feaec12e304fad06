import { api } from '../../lib/api-client';

export interface BundleImportResult {
  campaignId: string;
  createdCampaign: boolean;
  creators: { total: number; created: number };
  posts: { total: number; created: number };
}

/** POST the parsed bundle; the server validates it and names every problem by its JSON path. */
export function importBundle(workspaceId: string, bundle: unknown): Promise<BundleImportResult> {
  return api.post<BundleImportResult>(`/workspaces/${workspaceId}/campaigns/import-bundle`, bundle);
}

/** The download address of a campaign's bundle (the session cookie authenticates the GET). */
export function bundleDownloadUrl(workspaceId: string, campaignId: string): string {
  return `/api/v1/workspaces/${workspaceId}/campaigns/${campaignId}/bundle`;
}
