import { randomBytes } from 'node:crypto';
import type { Db } from '@lantoa/db';
import { conversionSigningKeys } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';

export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The workspace's postback signing secret, made on first use. */
export async function signingSecretFor(db: Db | Tx, workspaceId: string): Promise<string> {
  await db
    .insert(conversionSigningKeys)
    .values({ workspaceId, secret: newSigningSecret() })
    .onConflictDoNothing();
  const [row] = await db
    .select({ secret: conversionSigningKeys.secret })
    .from(conversionSigningKeys)
    .where(eq(conversionSigningKeys.workspaceId, workspaceId));
  if (!row) throw new Error('signing key missing after insert');
  return row.secret;
}
