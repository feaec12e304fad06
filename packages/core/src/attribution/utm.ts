export interface Utm {
  source?: string | undefined;
  medium?: string | undefined;
  campaign?: string | undefined;
  content?: string | undefined;
  term?: string | undefined;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'content', 'term'] as const;

/**
 * The destination with its UTM tags set (tags already in the URL are replaced, empty tags are left out) and any
 * extra parameters appended. Throws on a URL that is not absolute http(s).
 */
export function buildDestinationUrl(
  destination: string,
  utm: Utm,
  extra: Record<string, string> = {},
): string {
  const url = new URL(destination);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`destination must be http or https, got ${url.protocol}`);
  for (const key of UTM_KEYS) {
    const value = utm[key]?.trim();
    if (value) url.searchParams.set(`utm_${key}`, value);
  }
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.toString();
}

/** A readable UTM value: diacritics kept out by the caller, spaces and odd characters become `-`. */
export function utmToken(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
