import { randomInt } from 'node:crypto';
import { randomSlug } from '@lantoa/core/attribution';
import { trackedLinks } from '@lantoa/db/schema';
import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

async function slugTaken(tx: Tx, slug: string, exceptLinkId?: string): Promise<boolean> {
  const condition = exceptLinkId
    ? and(eq(trackedLinks.slug, slug), ne(trackedLinks.id, exceptLinkId))
    : eq(trackedLinks.slug, slug);
  const [row] = await tx.select({ id: trackedLinks.id }).from(trackedLinks).where(condition).limit(1);
  return row !== undefined;
}

/** The requested slug if free (short paths are global, so any workspace's link takes it), else a fresh random one. */
export async function claimSlug(
  tx: Tx,
  requested: string | undefined,
  exceptLinkId?: string,
): Promise<string> {
  if (requested) {
    if (await slugTaken(tx, requested, exceptLinkId))
      throw new AppError('conflict', `The short link /${requested} is already taken`, [
        {
          path: 'body.slug',
          message: 'choose another slug',
          reason: 'short_link_taken',
          values: { slug: requested },
        },
      ]);
    return requested;
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    const slug = randomSlug(randomInt, attempt < 4 ? 7 : 9);
    if (!(await slugTaken(tx, slug))) return slug;
  }
  throw new AppError('conflict', 'Could not find a free short link; try again');
}
