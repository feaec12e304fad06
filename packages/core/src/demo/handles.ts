import type { Random } from './random';
import type { DemoPlatform } from './types';

function pascalCase(base: string): string {
  return base
    .split(/[._]/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** How a creator's base handle looks on each platform (TikTok and YouTube handles carry the "@"). */
function platformHandle(platform: DemoPlatform, base: string): string {
  switch (platform) {
    case 'tiktok':
      return `@${base}`;
    case 'instagram':
      return base;
    case 'facebook':
      return base.endsWith('.official') ? base : `${base.replace(/_/g, '.')}.page`;
    case 'youtube':
      return `@${pascalCase(base)}`;
    case 'zalo':
      return `${base.replace(/\./g, '')}.oa`;
  }
}

export function accountUrl(platform: DemoPlatform, handle: string, zaloId: string): string {
  switch (platform) {
    case 'tiktok':
      return `https://www.tiktok.com/${handle}`;
    case 'instagram':
      return `https://www.instagram.com/${handle}/`;
    case 'facebook':
      return `https://www.facebook.com/${handle}`;
    case 'youtube':
      return `https://www.youtube.com/${handle}`;
    case 'zalo':
      return `https://zalo.me/${zaloId}`;
  }
}

/** Hands out handles that are unique per platform, case-insensitively (the database enforces it). */
export class HandleRegistry {
  private readonly taken = new Set<string>();

  constructor(private readonly random: Random) {}

  claim(platform: DemoPlatform, base: string): string {
    let handle = platformHandle(platform, base);
    while (this.taken.has(`${platform}:${handle.toLowerCase()}`)) {
      handle = platformHandle(platform, `${base}${this.random.int(1, 99)}`);
    }
    this.taken.add(`${platform}:${handle.toLowerCase()}`);
    return handle;
  }
}
