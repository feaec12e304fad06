import { z } from 'zod';
import { ZRole, ZUuid } from '../../http/common-schemas';

export const ZMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  joinedAt: z.string(),
});

export const ZMemberList = z.object({ items: z.array(ZMember) });
export const ZMemberParams = z.strictObject({ workspaceId: ZUuid, userId: z.string().min(1).max(100) });
export const ZUpdateMember = z.strictObject({ role: ZRole });
