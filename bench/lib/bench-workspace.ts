import type pg from 'pg';
import { generateApiKey } from '../../packages/server/src/auth/api-key-token';

export interface BenchWorkspace {
  workspaceId: string;
  /** An owner API key (`Authorization: Bearer …`) for the workspace. */
  apiKey: string;
}

/** A workspace and an owner API key, written straight into the database (before the server starts). */
export async function createBenchWorkspace(pool: pg.Pool, name: string): Promise<BenchWorkspace> {
  const key = generateApiKey();
  const { rows } = await pool.query<{ id: string }>(
    `WITH w AS (INSERT INTO workspaces (name, slug, settings) VALUES ($1, $2, '{}') RETURNING id)
     INSERT INTO api_keys (workspace_id, name, role, prefix, key_hash)
     SELECT id, 'bench', 'owner', $3, $4 FROM w RETURNING workspace_id AS id`,
    [name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), key.prefix, key.hash],
  );
  const workspaceId = rows[0]?.id;
  if (!workspaceId) throw new Error('could not create the bench workspace');
  return { workspaceId, apiKey: key.key };
}
