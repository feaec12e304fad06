import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import type { DeliverableStatus, DeliverableType } from '../deliverables/deliverables-api';

export type ConflictCode =
  | 'competing_brands'
  | 'exclusivity_window'
  | 'audience_overlap'
  | 'outside_campaign_dates';

export interface CalendarConflict {
  code: ConflictCode;
  deliverableIds: string[];
  creatorId: string | null;
  brands: string[];
  until: string | null;
  segment: string | null;
  hoursApart: number | null;
  day: string | null;
  campaignId: string | null;
}

export interface CalendarEntry {
  deliverableId: string;
  title: string;
  campaign: { id: string; name: string; brand: string | null };
  creator: { id: string; name: string };
  type: DeliverableType;
  platform: string;
  status: DeliverableStatus;
  at: string;
  day: string;
  kind: 'published' | 'scheduled' | 'due';
  important: boolean;
  overdue: boolean;
  conflicts: number[];
}

export interface Calendar {
  from: string;
  to: string;
  timeZone: string;
  entries: CalendarEntry[];
  conflicts: CalendarConflict[];
}

export interface CalendarQuery {
  from: string;
  to: string;
  campaignId?: string;
  overlapWindowHours: number;
}

export const calendarKey = (workspaceId: string, query: CalendarQuery) =>
  [...workspaceKey(workspaceId), 'deliverables', 'calendar', query] as const;
export const getCalendar = (workspaceId: string, query: CalendarQuery) =>
  api.get<Calendar>(`${workspacePath(workspaceId)}/calendar`, { ...query });
