import { describe, expect, it } from 'vitest';
import { headerKey, suggestMapping } from './creator-fields';
import { accountFromUrl, validateCreatorRow } from './creator-row';

const column = (field: string) => `col:${field}`;

describe('suggestMapping', () => {
  it('maps Vietnamese and English headers, accents or not, and leaves duplicates and unknowns unmapped', () => {
    expect(
      suggestMapping([
        'Họ và tên',
        'Nen tang',
        'Số người theo dõi',
        'Followers',
        'Lượt theo dõi',
        'Ghi chú',
        'Cột lạ',
      ]),
    ).toEqual(['name', 'platform', 'followers', null, null, 'notes', null]);
  });

  it('prefers a mapping the workspace confirmed before', () => {
    const remembered = new Map([[headerKey('Cột lạ'), 'fee']]);
    expect(suggestMapping(['Cột lạ'], remembered)).toEqual(['fee']);
  });
});

describe('validateCreatorRow', () => {
  it('takes platform and handle from a profile link and reads "12,5K" followers', () => {
    const result = validateCreatorRow(
      { url: 'https://www.tiktok.com/@linh.review', followers: '12,5K', name: 'Linh' },
      column,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { platform: 'tiktok', handle: 'linh.review', followers: 12_500, name: 'Linh' },
    });
  });

  it('lists every problem with its column', () => {
    const result = validateCreatorRow(
      { name: 'X', platform: 'Myspace', followers: 'nhiều lắm', email: 'a@' },
      column,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column).sort()).toEqual([
      'col:email',
      'col:followers',
      'col:handle',
      'col:platform',
    ]);
  });

  it('keeps a blank follower count missing, not zero', () => {
    const result = validateCreatorRow({ platform: 'TikTok', handle: '@mai', followers: '' }, column);
    expect(result).toMatchObject({ ok: true, row: { followers: null, name: 'mai', handle: 'mai' } });
  });

  it('recognises YouTube and Facebook links', () => {
    expect(accountFromUrl('youtube.com/@ChiPu')).toEqual({ platform: 'youtube', handle: 'ChiPu' });
    expect(accountFromUrl('https://m.facebook.com/hoa.page?ref=x')).toEqual({
      platform: 'facebook',
      handle: 'hoa.page',
    });
    expect(accountFromUrl('not a link')).toBeNull();
  });
});
