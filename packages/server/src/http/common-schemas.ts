import { ROLES } from '@lantoa/db/schema';
import { z } from 'zod';

export const ZRole = z.enum(ROLES);
export const ZUuid = z.uuid({ message: 'must be a UUID' });
export const ZWorkspaceParams = z.strictObject({ workspaceId: ZUuid });
export const ZIsoDate = z.iso.datetime({ offset: true });
export const ZCursorQuery = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};
export const ZEmpty = z.strictObject({});

export function toIso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}
