import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';

const label = z.string().trim().min(1, 'must not be empty').max(80);
const labels = z.array(label).max(50).nullable().optional();

/** A campaign's target audience (B3); every criterion is optional, an absent one is not scored. */
export const ZFitTarget = z
  .strictObject({
    ageRange: z
      .strictObject({ min: z.number().int().min(13).max(100), max: z.number().int().min(13).max(100) })
      .nullable()
      .optional(),
    genders: z
      .array(z.enum(['female', 'male', 'other']))
      .max(3)
      .nullable()
      .optional(),
    locations: labels,
    interests: labels,
    niches: labels,
  })
  .superRefine((target, issue) => {
    if (target.ageRange && target.ageRange.max < target.ageRange.min)
      issue.addIssue({ code: 'custom', path: ['ageRange', 'max'], message: 'must be ≥ ageRange.min' });
  });

export const ZFitTargetView = z.object({
  campaignId: z.string(),
  target: ZFitTarget.nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

/** `a,b` or repeated `?x=a&x=b` → a list. */
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

const age = z.coerce.number().int().min(13).max(100).optional();

/**
 * Score against a campaign's saved target (`campaignId`) or an ad-hoc one given as query fields; a GET because it
 * only computes. With neither, nothing is requested and the score is null.
 */
export const ZFitQuery = z
  .strictObject({
    campaignId: ZUuid.optional(),
    ageMin: age,
    ageMax: age,
    genders: listOf(z.enum(['female', 'male', 'other'])),
    locations: listOf(label),
    interests: listOf(label),
    niches: listOf(label),
  })
  .superRefine((query, issue) => {
    const { campaignId, ...adHoc } = query;
    if (campaignId && Object.values(adHoc).some((value) => value !== undefined))
      issue.addIssue({
        code: 'custom',
        path: ['campaignId'],
        message: 'give either campaignId or target fields',
      });
    if ((query.ageMin === undefined) !== (query.ageMax === undefined))
      issue.addIssue({ code: 'custom', path: ['ageMax'], message: 'give both ageMin and ageMax' });
    if (query.ageMin !== undefined && query.ageMax !== undefined && query.ageMax < query.ageMin)
      issue.addIssue({ code: 'custom', path: ['ageMax'], message: 'must be ≥ ageMin' });
  });

const ZText = z.object({ vi: z.string(), en: z.string() });

export const ZFitReason = z.object({
  id: z.enum(['age', 'gender', 'location', 'interests', 'niche']),
  label: ZText,
  status: z.enum(['ok', 'warning', 'alert', 'not_available']),
  rawValue: z.number().nullable(),
  subscore: z.number().nullable(),
  weight: z.number(),
  maxPoints: z.number(),
  contribution: z.number().nullable(),
  evidence: ZText,
  reference: ZText.nullable(),
});

export const ZFitResult = z.object({
  score: z.number().nullable(),
  coverage: z.number(),
  reasons: z.array(ZFitReason),
  notAvailable: z.array(z.string()),
  notRequested: z.array(z.string()),
  audienceSource: z.string().nullable(),
});
