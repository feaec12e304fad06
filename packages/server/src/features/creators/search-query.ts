import { CREATOR_STATUSES, PLATFORMS } from '@lantoa/db/schema';
import { z } from 'zod';
import { ZTier } from './creator-schemas';

/** `a,b,c` or repeated `?x=a&x=b` → a list of allowed values. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const raw = Array.isArray(value) ? value : [value];
    return raw
      .flatMap((part) => String(part).split(','))
      .map((part) => part.trim())
      .filter(Boolean);
  }, z.array(item).max(50).optional());
}

const number = z.coerce.number().finite().optional();

export const CREATOR_SORTS = ['name', 'followers', 'engagementRate', 'fee', 'quality', 'createdAt'] as const;

export const ZCreatorSearch = {
  q: z.string().trim().max(200).optional(),
  platform: listOf(z.enum(PLATFORMS)),
  tier: listOf(ZTier),
  niche: listOf(z.string().max(120)),
  location: listOf(z.string().max(120)),
  tag: listOf(z.string().max(120)),
  status: listOf(z.enum(CREATOR_STATUSES)),
  owner: listOf(z.string().max(100)),
  risk: listOf(z.enum(['low', 'medium', 'high'])),
  erMin: number,
  erMax: number,
  feeMin: number,
  feeMax: number,
  qualityMin: number,
  qualityMax: number,
  sort: z.enum(CREATOR_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};

export const ZCreatorSearchQuery = z.strictObject(ZCreatorSearch);
export type CreatorSearch = z.infer<typeof ZCreatorSearchQuery>;
