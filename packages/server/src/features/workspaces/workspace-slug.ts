import { randomBytes } from 'node:crypto';
import { foldDiacritics } from '@lantoa/core/text';

/** "Cửa hàng Mộc Lam" → "cua-hang-moc-lam-3f9a": readable, ASCII, and unique enough to need no lookup. */
export function workspaceSlug(name: string): string {
  const base = foldDiacritics(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'workspace'}-${randomBytes(3).toString('hex')}`;
}
