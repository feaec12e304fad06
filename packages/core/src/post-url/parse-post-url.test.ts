import { describe, expect, it } from 'vitest';
import { parsePostUrl, readPostUrl } from './parse-post-url';

const pick = (url: string) => {
  const parsed = parsePostUrl(url);
  return (
    parsed && {
      platform: parsed.platform,
      externalId: parsed.externalId,
      handle: parsed.handle,
      format: parsed.format,
    }
  );
};

describe('parsePostUrl', () => {
  it('reads TikTok videos, photos, embeds and share links', () => {
    expect(
      pick('https://www.tiktok.com/@chaubui_/video/7301234567890123456?is_from_webapp=1&sender_device=pc'),
    ).toEqual({
      platform: 'tiktok',
      externalId: '7301234567890123456',
      handle: 'chaubui_',
      format: 'video',
    });
    expect(pick('tiktok.com/@a.b/photo/7300000000000000001')?.format).toBe('post');
    expect(pick('https://m.tiktok.com/v/7301234567890123456.html')?.externalId).toBe('7301234567890123456');
    expect(pick('https://www.tiktok.com/embed/v2/7301234567890123456')?.externalId).toBe(
      '7301234567890123456',
    );
    const share = parsePostUrl('https://vt.tiktok.com/ZSjAbC123/');
    expect(share).toMatchObject({ platform: 'tiktok', externalId: 'share:ZSjAbC123', isShareLink: true });
    expect(parsePostUrl('https://vm.tiktok.com/ZMabc/')?.externalId).toBe('share:ZMabc');
  });

  it('reads Facebook page posts, videos, reels, watch, permalinks, photos and share links', () => {
    expect(pick('https://www.facebook.com/HaLinhOfficial/posts/pfbid02abcXYZ')).toEqual({
      platform: 'facebook',
      externalId: 'pfbid02abcXYZ',
      handle: 'HaLinhOfficial',
      format: 'post',
    });
    expect(pick('https://web.facebook.com/vtv24/videos/tin-nong/1234567890123/')).toMatchObject({
      externalId: '1234567890123',
      handle: 'vtv24',
      format: 'video',
    });
    expect(pick('https://www.facebook.com/reel/987654321012345')).toMatchObject({
      externalId: '987654321012345',
      format: 'reel',
    });
    expect(pick('https://www.facebook.com/watch/?v=555666777')).toMatchObject({
      externalId: '555666777',
      format: 'video',
    });
    expect(pick('https://m.facebook.com/story.php?story_fbid=111&id=222')).toMatchObject({
      externalId: '111',
      handle: '222',
    });
    expect(pick('https://www.facebook.com/permalink.php?story_fbid=333&id=444')?.externalId).toBe('333');
    expect(pick('https://www.facebook.com/photo/?fbid=888&set=a.1')?.externalId).toBe('888');
    expect(pick('https://www.facebook.com/page/photos/a.123/456789/')?.externalId).toBe('456789');
    expect(pick('https://www.facebook.com/groups/reviewmypham/posts/123123/')).toMatchObject({
      externalId: '123123',
      handle: 'reviewmypham',
    });
    expect(parsePostUrl('https://www.facebook.com/share/p/1AbCdEf/')).toMatchObject({
      externalId: 'share:1AbCdEf',
      isShareLink: true,
      format: 'post',
    });
    expect(parsePostUrl('https://www.facebook.com/share/r/XyZ/')?.format).toBe('reel');
    expect(parsePostUrl('https://fb.watch/qWeRtY/')).toMatchObject({
      externalId: 'share:qWeRtY',
      format: 'video',
    });
  });

  it('reads Instagram posts, reels and the newer links that carry the username', () => {
    expect(pick('https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc')).toEqual({
      platform: 'instagram',
      externalId: 'C1a2B3c4D5e',
      handle: null,
      format: 'post',
    });
    expect(pick('https://instagram.com/reel/C9zz_-1/')).toMatchObject({
      externalId: 'C9zz_-1',
      format: 'reel',
    });
    expect(pick('https://www.instagram.com/linh.ng/p/C1a2B3c4D5e/')).toMatchObject({ handle: 'linh.ng' });
    expect(parsePostUrl('https://www.instagram.com/reels/C9zz/')?.canonicalUrl).toBe(
      'https://www.instagram.com/reel/C9zz/',
    );
  });

  it('reads YouTube watch, shorts, live and youtu.be links', () => {
    expect(pick('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s')).toEqual({
      platform: 'youtube',
      externalId: 'dQw4w9WgXcQ',
      handle: null,
      format: 'video',
    });
    expect(pick('https://youtu.be/dQw4w9WgXcQ?si=x')?.externalId).toBe('dQw4w9WgXcQ');
    expect(pick('https://youtube.com/shorts/abcdefghijk')).toMatchObject({
      externalId: 'abcdefghijk',
      format: 'short',
    });
    expect(pick('https://m.youtube.com/live/abcdefghijk')?.format).toBe('livestream');
  });

  it('reads Zalo article links by their last path segment or id', () => {
    expect(pick('https://zalo.me/s/4321/article/abc123')).toMatchObject({
      platform: 'zalo',
      externalId: 'abc123',
      handle: '4321',
    });
    expect(pick('https://oa.zalo.me/article?id=xyz')).toMatchObject({ platform: 'zalo', externalId: 'xyz' });
  });

  it('gives the same canonical link and id whatever tracking parameters or host prefix the link carries', () => {
    const a = parsePostUrl('https://m.facebook.com/brand/posts/123?__cft__=x#top');
    const b = parsePostUrl('facebook.com/brand/posts/123');
    expect(a?.canonicalUrl).toBe(b?.canonicalUrl);
    expect(a?.externalId).toBe('123');
  });

  it('refuses profiles, other sites and text with a reason', () => {
    expect(readPostUrl('https://www.tiktok.com/@chaubui_')).toEqual({
      ok: false,
      reason: 'this is a profile link, not a link to one post',
    });
    expect(readPostUrl('https://www.instagram.com/linh.ng/').ok).toBe(false);
    expect(readPostUrl('https://www.youtube.com/@kenh14').ok).toBe(false);
    expect(readPostUrl('https://www.youtube.com/watch?v=short')).toMatchObject({ ok: false });
    expect(readPostUrl('https://shopee.vn/product/1/2')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('shopee.vn'),
    });
    expect(readPostUrl('xem bài đăng hôm qua')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a link'),
    });
    expect(parsePostUrl('')).toBeNull();
  });
});
