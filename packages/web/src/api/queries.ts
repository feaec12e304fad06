import { queryOptions } from '@tanstack/react-query';
import { getMe, meKey } from './me';
import { getWorkspace, workspaceKey } from './workspaces';

export const meQuery = queryOptions({ queryKey: meKey, queryFn: getMe, staleTime: 60_000 });

export const workspaceQuery = (workspaceId: string) =>
  queryOptions({ queryKey: workspaceKey(workspaceId), queryFn: () => getWorkspace(workspaceId) });
