import { foldDiacritics } from '../text';

/** Clear ad identification accepted under Vietnam's 2026 Advertising Law (matched accent-insensitively). */
export const DEFAULT_DISCLOSURES = [
  '#quangcao',
  '#ad',
  '#sponsored',
  'hop tac',
  'tai tro',
  'quang cao',
] as const;

/** The disclosure found in the caption, or null when the draft does not identify itself as an ad. */
export function findDisclosure(
  caption: string,
  accepted: readonly string[] = DEFAULT_DISCLOSURES,
): string | null {
  const text = ` ${foldDiacritics(caption).replace(/\s+/g, ' ')} `;
  for (const marker of accepted) {
    const folded = foldDiacritics(marker).trim();
    const pattern = folded.startsWith('#')
      ? new RegExp(`(^|\\s)${escapeRegExp(folded)}(?![\\p{L}\\p{N}_])`, 'u')
      : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, 'u');
    if (pattern.test(text)) return marker;
  }
  return null;
}

/** Claims the brief forbids that the caption makes (each banned phrase matched accent-insensitively). */
export function bannedClaimsIn(caption: string, banned: readonly string[]): string[] {
  const text = foldDiacritics(caption);
  return banned.filter((phrase) => {
    const folded = foldDiacritics(phrase).trim();
    return folded !== '' && text.includes(folded);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
