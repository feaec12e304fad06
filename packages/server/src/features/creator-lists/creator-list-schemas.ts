import { CREATOR_LIST_KINDS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { ZCreatorSearch } from '../creators/search-query';

export const ZListParams = z.strictObject({ workspaceId: ZUuid, listId: ZUuid });
export const ZListCreatorParams = z.strictObject({ workspaceId: ZUuid, listId: ZUuid, creatorId: ZUuid });

const ZSearchCheck = z.strictObject(ZCreatorSearch);

/**
 * A saved search's query as the creators page sends it (URL parameters as strings). It is checked against the
 * search's own schema so a saved search always re-runs; stored as typed.
 */
export const ZSavedQuery = z.record(z.string().max(40), z.string().max(500)).superRefine((query, ctx) => {
  const parsed = ZSearchCheck.safeParse(query);
  if (parsed.success) return;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const ZName = z.string().trim().min(1, 'give the list a name').max(120);

export const ZCreateList = z.strictObject({
  kind: z.enum(CREATOR_LIST_KINDS),
  name: ZName,
  query: ZSavedQuery.optional(),
});

export const ZUpdateList = z.strictObject({ name: ZName.optional(), query: ZSavedQuery.optional() });

export const ZCreatorList = z.object({
  id: z.string(),
  kind: z.enum(CREATOR_LIST_KINDS),
  name: z.string(),
  query: z.record(z.string(), z.string()).nullable(),
  creatorCount: z.number(),
  /** Whether the creator named by `?creatorId=` is on this list (false when none was named). */
  containsCreator: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
