import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid } from '../../http/common-schemas';

export const POST_SORT_KEYS = [
  'publishedAt',
  'creator',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagements',
  'er',
  'erViews',
  'freshness',
] as const;
export type PostSortKey = (typeof POST_SORT_KEYS)[number];

const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;

export const ZCampaignPostsQuery = z.strictObject({
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  sort: z.enum(POST_SORT_KEYS).default('publishedAt'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  creatorId: ZUuid.optional(),
  platform: z.enum(PLATFORMS).optional(),
  q: z.string().trim().max(200).optional(),
});
export type CampaignPostsQuery = z.infer<typeof ZCampaignPostsQuery>;

/** Where the previous page stopped: the sort value of its last row (null sorts last) and that row's id. */
export interface PostCursor {
  sort: PostSortKey;
  dir: 'asc' | 'desc';
  value: string | null;
  id: string;
}

export function encodePostCursor(cursor: PostCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The cursor, checked against the sort it was made for: a cursor of another order would skip or repeat rows. */
export function decodePostCursor(text: string, sort: PostSortKey, dir: 'asc' | 'desc'): PostCursor {
  const parsed = readCursor(text);
  if (!parsed)
    throw new AppError('validation_failed', 'Invalid cursor', [
      { path: 'query.cursor', message: 'not a cursor returned by this route' },
    ]);
  if (parsed.sort !== sort || parsed.dir !== dir)
    throw new AppError('validation_failed', 'The cursor belongs to another sort order', [
      {
        path: 'query.cursor',
        message: `made for sort=${parsed.sort}&dir=${parsed.dir}; start again without it`,
      },
    ]);
  return parsed;
}

const ZStoredCursor = z.object({
  sort: z.enum(POST_SORT_KEYS),
  dir: z.enum(['asc', 'desc']),
  value: z.string().max(300).nullable(),
  id: ZUuid,
});

function readCursor(text: string): PostCursor | null {
  try {
    const result = ZStoredCursor.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
