import { foldDiacritics } from '@lantoa/core/text';

interface Searchable {
  name: string;
  bio?: string | null;
  location?: string | null;
  niches?: string[];
  tags?: string[];
  handles: string[];
}

/** What `q` matches: name, handles, niches, tags, location and bio, accent-folded (PRODUCT.md A3). */
export function creatorSearchText(creator: Searchable): string {
  return foldDiacritics(
    [
      creator.name,
      ...creator.handles.map((handle) => `@${handle}`),
      ...(creator.niches ?? []),
      ...(creator.tags ?? []),
      creator.location ?? '',
      creator.bio ?? '',
    ].join(' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
