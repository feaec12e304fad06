import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { meQuery, workspaceQuery } from '../../api/queries';
import type { Me, Workspace } from '../../api/types';

const workspaceRoute = getRouteApi('/_authed/w/$workspaceId');

export function useWorkspaceId(): string {
  return workspaceRoute.useParams().workspaceId;
}

export function useWorkspace(): Workspace {
  return useSuspenseQuery(workspaceQuery(useWorkspaceId())).data;
}

export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}
