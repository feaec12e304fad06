import type { InvitationStatus } from '@lantoa/db/schema';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function effectiveStatus(status: InvitationStatus, expiresAt: Date, now = new Date()) {
  return status === 'pending' && expiresAt <= now ? ('expired' as const) : status;
}

export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/invite/${token}`;
}
