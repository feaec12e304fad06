export const POST_URL_PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo'] as const;
export type PostUrlPlatform = (typeof POST_URL_PLATFORMS)[number];
export type PostUrlFormat = 'video' | 'post' | 'reel' | 'short' | 'livestream' | 'story';

export interface ParsedPostUrl {
  platform: PostUrlPlatform;
  /**
   * The post's id on the platform, or for share links (vt.tiktok.com, fb.watch, facebook.com/share/…) the share
   * code prefixed with "share:", since the real id is only known after following the redirect.
   */
  externalId: string;
  handle: string | null;
  format: PostUrlFormat | null;
  isShareLink: boolean;
  /** The link without tracking parameters, fragments or mobile host names; stable for de-duplication. */
  canonicalUrl: string;
}

export type PostUrlResult = { ok: true; post: ParsedPostUrl } | { ok: false; reason: string };

type Parser = (url: URL, segments: string[]) => ParsedPostUrl | string;

/** Platform, id and handle of a post link from TikTok, Facebook, Instagram, YouTube or Zalo; null if unknown. */
export function parsePostUrl(input: string): ParsedPostUrl | null {
  const result = readPostUrl(input);
  return result.ok ? result.post : null;
}

/** As parsePostUrl, with the reason when the text is not a post link (shown to users next to the cell). */
export function readPostUrl(input: string): PostUrlResult {
  const url = toUrl(input);
  if (!url) return { ok: false, reason: `not a link: "${input.trim().slice(0, 80)}"` };
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web|mbasic|touch|music)\./, '');
  const parser = parserFor(host);
  if (!parser) return { ok: false, reason: `${host} is not TikTok, Facebook, Instagram, YouTube or Zalo` };
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const parsed = parser(url, segments);
  return typeof parsed === 'string' ? { ok: false, reason: parsed } : { ok: true, post: parsed };
}

function toUrl(input: string): URL | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? url : null;
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parserFor(host: string): Parser | null {
  if (host === 'tiktok.com' || host.endsWith('.tiktok.com'))
    return host === 'tiktok.com' ? tiktok : tiktokShort;
  if (host === 'fb.watch') return fbWatch;
  if (host === 'facebook.com' || host === 'fb.com' || host.endsWith('.facebook.com')) return facebook;
  if (host === 'instagram.com' || host === 'instagr.am') return instagram;
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') return youtube;
  if (host === 'zalo.me' || host.endsWith('.zalo.me') || host.endsWith('zaloapp.com')) return zalo;
  return null;
}

function post(
  platform: PostUrlPlatform,
  externalId: string,
  handle: string | null,
  format: PostUrlFormat | null,
  canonicalUrl: string,
  isShareLink = false,
): ParsedPostUrl {
  return { platform, externalId, handle, format, isShareLink, canonicalUrl };
}

const PROFILE_ONLY = 'this is a profile link, not a link to one post';

function tiktok(_url: URL, segments: string[]): ParsedPostUrl | string {
  const [first, kind, id] = segments;
  if (first?.startsWith('@') && (kind === 'video' || kind === 'photo') && id && /^\d+$/.test(id)) {
    const handle = first.slice(1);
    return post(
      'tiktok',
      id,
      handle,
      kind === 'video' ? 'video' : 'post',
      `https://www.tiktok.com/@${handle}/${kind}/${id}`,
    );
  }
  if (first === 't' && kind) return tiktokShare(kind);
  if ((first === 'v' || first === 'embed') && kind) {
    const embedded = (first === 'embed' && kind === 'v2' ? (id ?? '') : kind).replace(/\.html$/, '');
    if (/^\d+$/.test(embedded))
      return post('tiktok', embedded, null, 'video', `https://www.tiktok.com/video/${embedded}`);
  }
  if (first?.startsWith('@')) return PROFILE_ONLY;
  return 'a TikTok post link looks like tiktok.com/@handle/video/123…';
}

function tiktokShort(_url: URL, segments: string[]): ParsedPostUrl | string {
  const code = segments[0];
  return code ? tiktokShare(code) : 'this TikTok short link has no code';
}

function tiktokShare(code: string): ParsedPostUrl {
  return post('tiktok', `share:${code}`, null, 'video', `https://vt.tiktok.com/${code}/`, true);
}

function fbWatch(_url: URL, segments: string[]): ParsedPostUrl | string {
  const code = segments[0];
  if (!code) return 'this fb.watch link has no code';
  return post('facebook', `share:${code}`, null, 'video', `https://fb.watch/${code}/`, true);
}

const FB_RESERVED = new Set(['watch', 'reel', 'share', 'photo', 'photo.php', 'permalink.php', 'story.php']);

function facebook(url: URL, segments: string[]): ParsedPostUrl | string {
  const query = url.searchParams;
  const [first, second, third, fourth] = segments;
  const canonical = (path: string) => `https://www.facebook.com/${path}`;
  if (first === 'share' && second && third) {
    const format: PostUrlFormat = second === 'v' ? 'video' : second === 'r' ? 'reel' : 'post';
    return post('facebook', `share:${third}`, null, format, canonical(`share/${second}/${third}/`), true);
  }
  if (first === 'reel' && second) return post('facebook', second, null, 'reel', canonical(`reel/${second}`));
  if (first === 'watch') {
    const v = query.get('v');
    if (v) return post('facebook', v, null, 'video', canonical(`watch/?v=${v}`));
    return 'a Facebook Watch link needs its ?v= video id';
  }
  if (first === 'permalink.php' || first === 'story.php') {
    const story = query.get('story_fbid');
    const page = query.get('id');
    if (story)
      return post(
        'facebook',
        story,
        page,
        'post',
        canonical(`permalink.php?story_fbid=${story}&id=${page ?? ''}`),
      );
    return 'this Facebook permalink has no story_fbid';
  }
  if (first === 'photo.php' || first === 'photo') {
    const fbid = query.get('fbid');
    if (fbid) return post('facebook', fbid, null, 'post', canonical(`photo/?fbid=${fbid}`));
    return 'this Facebook photo link has no fbid';
  }
  if (first === 'groups' && second && (third === 'posts' || third === 'permalink') && fourth)
    return post('facebook', fourth, second, 'post', canonical(`groups/${second}/posts/${fourth}`));
  if (first && !FB_RESERVED.has(first)) {
    const handle = first;
    const id = segments.at(-1);
    if ((second === 'posts' || second === 'videos' || second === 'reels') && third && id) {
      const format: PostUrlFormat = second === 'posts' ? 'post' : second === 'videos' ? 'video' : 'reel';
      return post('facebook', id, handle, format, canonical(`${handle}/${second}/${id}`));
    }
    if (second === 'photos' && id && segments.length >= 3)
      return post('facebook', id, handle, 'post', canonical(`${handle}/photos/${id}`));
    if (segments.length === 1 || first === 'profile.php') return PROFILE_ONLY;
  }
  return 'not a Facebook post, video or reel link';
}

function instagram(_url: URL, segments: string[]): ParsedPostUrl | string {
  const kinds: Record<string, PostUrlFormat> = { p: 'post', reel: 'reel', reels: 'reel', tv: 'video' };
  const at = segments.findIndex((segment) => segment in kinds);
  const kind = at >= 0 ? segments[at] : undefined;
  const code = at >= 0 ? segments[at + 1] : undefined;
  if (kind && code && /^[\w-]+$/.test(code)) {
    const handle = at === 1 ? (segments[0] ?? null) : null;
    const format = kinds[kind] ?? 'post';
    const path = format === 'reel' ? 'reel' : kind === 'tv' ? 'tv' : 'p';
    return post('instagram', code, handle, format, `https://www.instagram.com/${path}/${code}/`);
  }
  if (segments[0] === 'stories' && segments[1] && segments[2])
    return post(
      'instagram',
      segments[2],
      segments[1],
      'story',
      `https://www.instagram.com/stories/${segments[1]}/${segments[2]}/`,
    );
  if (segments.length === 1) return PROFILE_ONLY;
  return 'an Instagram post link looks like instagram.com/p/CODE or instagram.com/reel/CODE';
}

const YOUTUBE_ID = /^[\w-]{11}$/;

function youtube(url: URL, segments: string[]): ParsedPostUrl | string {
  const [first, second] = segments;
  const host = url.hostname.replace(/^www\./, '');
  let id: string | null = null;
  let format: PostUrlFormat = 'video';
  if (host === 'youtu.be') id = first ?? null;
  else if (first === 'watch') id = url.searchParams.get('v');
  else if (first === 'shorts' && second) {
    id = second;
    format = 'short';
  } else if (first === 'live' && second) {
    id = second;
    format = 'livestream';
  } else if ((first === 'embed' || first === 'v') && second) id = second;
  if (id && YOUTUBE_ID.test(id)) {
    const canonicalUrl =
      format === 'short' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
    return post('youtube', id, null, format, canonicalUrl);
  }
  if (id) return `"${id}" is not a YouTube video id (11 letters, digits, - or _)`;
  if (first?.startsWith('@') || first === 'channel' || first === 'c' || first === 'user') return PROFILE_ONLY;
  return 'a YouTube video link looks like youtube.com/watch?v=ID, youtu.be/ID or youtube.com/shorts/ID';
}

/** Zalo has no documented public post URL; an OA article or video is named by its last path segment or id query. */
function zalo(url: URL, segments: string[]): ParsedPostUrl | string {
  const fromQuery = url.searchParams.get('id') ?? url.searchParams.get('articleId');
  const last = segments.at(-1);
  const id = fromQuery ?? (segments.length >= 2 ? last : null);
  if (!id) return segments.length === 1 ? PROFILE_ONLY : 'not a link to a Zalo article or video';
  const handle = segments[0] === 's' || segments[0] === 'oa' ? (segments[1] ?? null) : null;
  const format: PostUrlFormat = segments.some((segment) => /video/i.test(segment)) ? 'video' : 'post';
  const path = segments.join('/');
  return post(
    'zalo',
    id,
    handle === id ? null : handle,
    format,
    `https://${url.hostname}/${path}${fromQuery ? `?id=${fromQuery}` : ''}`,
  );
}
