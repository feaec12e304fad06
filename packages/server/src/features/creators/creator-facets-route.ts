import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

const ZFacet = z.array(z.object({ value: z.string(), count: z.number() }));
const LIMIT = 200;

export const creatorFacetsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/facets',
  permission: 'creator.read',
  summary: 'The locations, niches and tags in use (most common first), to fill the search filters',
  tags: ['creators'],
  schema: {
    params: ZWorkspaceParams,
    response: z.object({ locations: ZFacet, niches: ZFacet, tags: ZFacet }),
  },
  handler: async ({ ctx }) => {
    const { db } = ctx.services;
    const workspaceId = ctx.workspace.id;
    const facet = async (expression: ReturnType<typeof sql>) => {
      const result = await db.execute<{ value: string; count: number }>(sql`
        SELECT value, count(*)::int AS count FROM (${expression}) v
        WHERE value IS NOT NULL AND value <> ''
        GROUP BY value ORDER BY count DESC, value LIMIT ${LIMIT}`);
      return result.rows.map((row) => ({ value: row.value, count: Number(row.count) }));
    };
    return {
      locations: await facet(sql`SELECT location AS value FROM creators WHERE workspace_id = ${workspaceId}`),
      niches: await facet(
        sql`SELECT unnest(niches) AS value FROM creators WHERE workspace_id = ${workspaceId}`,
      ),
      tags: await facet(sql`SELECT unnest(tags) AS value FROM creators WHERE workspace_id = ${workspaceId}`),
    };
  },
});
