import { z } from 'zod';
import { ZRole } from '../../http/common-schemas';

export const ZLocale = z.enum(['vi', 'en']);

export const ZMe = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: ZLocale }),
  workspaces: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string(), role: ZRole })),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMe = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  locale: ZLocale.optional(),
});
