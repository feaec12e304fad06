import type { Random } from './random';
import type { DemoAccount, DemoPostFormat } from './types';

const SHORTCODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function digits(random: Random, length: number): string {
  return Array.from({ length }, () => String(random.int(0, 9))).join('');
}

function shortcode(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick([...SHORTCODE_ALPHABET])).join('');
}

/** An id and a link shaped like the platform's own. */
export function postIdentity(
  random: Random,
  account: DemoAccount,
  format: DemoPostFormat,
): { externalId: string; url: string } {
  switch (account.platform) {
    case 'tiktok': {
      const id = `7${digits(random, 18)}`;
      return {
        externalId: id,
        url: `https://www.tiktok.com/${account.handle}/${format === 'livestream' ? 'live' : `video/${id}`}`,
      };
    }
    case 'instagram': {
      const code = shortcode(random, 11);
      return {
        externalId: code,
        url: `https://www.instagram.com/${format === 'reel' ? 'reel' : 'p'}/${code}/`,
      };
    }
    case 'facebook': {
      const id = `10${digits(random, 15)}`;
      const path =
        format === 'reel'
          ? `reel/${id}`
          : `${account.handle}/${format === 'post' ? 'posts' : 'videos'}/${id}`;
      return { externalId: id, url: `https://www.facebook.com/${path}` };
    }
    case 'youtube': {
      const id = shortcode(random, 11);
      return {
        externalId: id,
        url:
          format === 'short'
            ? `https://www.youtube.com/shorts/${id}`
            : `https://www.youtube.com/watch?v=${id}`,
      };
    }
    case 'zalo': {
      const id = digits(random, 12);
      return { externalId: id, url: `${account.url}/article/${id}` };
    }
  }
}
