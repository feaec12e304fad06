import type { Role } from '@lantoa/db/schema';

export interface UserActor {
  type: 'user';
  id: string;
  name: string;
  email: string;
}

export interface ApiKeyActor {
  type: 'api_key';
  id: string;
  name: string;
  workspaceId: string;
  role: Role;
}

export interface SystemActor {
  type: 'system';
  id: null;
  name: string;
}

export type Actor = UserActor | ApiKeyActor | SystemActor;
