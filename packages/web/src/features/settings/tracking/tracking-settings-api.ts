import { workspaceKey, workspacePath } from '../../../api/workspaces';
import { api } from '../../../lib/api-client';

export interface AttributionRules {
  windowDays: number;
  codeBeatsLink: boolean;
}

export interface TrackingSettings {
  attribution: AttributionRules;
  defaults: AttributionRules;
  model: 'last_click';
}

export const trackingSettingsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'tracking-settings'] as const;

export const getTrackingSettings = (workspaceId: string) =>
  api.get<TrackingSettings>(`${workspacePath(workspaceId)}/tracking-settings`);

export const saveTrackingSettings = (workspaceId: string, attribution: AttributionRules) =>
  api.put<TrackingSettings>(`${workspacePath(workspaceId)}/tracking-settings`, { attribution });
