import type { Config } from '../../env';

/** The public short address of a slug: on `SHORT_DOMAIN` when configured, else `/l/<slug>` on the app's address. */
export function shortUrlFor(config: Pick<Config, 'publicUrl' | 'shortDomain'>, slug: string): string {
  if (!config.shortDomain) return `${config.publicUrl}/l/${slug}`;
  const protocol = config.publicUrl.startsWith('https:') ? 'https' : 'http';
  return `${protocol}://${config.shortDomain}/${slug}`;
}

/** A QR code's address: the short link marked as a scan, so scans are counted apart from clicks. */
export function qrUrlFor(config: Pick<Config, 'publicUrl' | 'shortDomain'>, slug: string): string {
  return `${shortUrlFor(config, slug)}?q=1`;
}
