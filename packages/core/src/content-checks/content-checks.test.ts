import { describe, expect, it } from 'vitest';
import { bannedClaimsIn, findDisclosure } from './disclosure';
import { estimatedJaccard, minHashSignature, nearDuplicateDrafts, shingles } from './near-duplicates';

describe('near-duplicate captions', () => {
  it('builds accent-insensitive word shingles', () => {
    expect([...shingles('Da SÁNG, đều màu!', 2)]).toEqual(['da sang', 'sang deu', 'deu mau']);
  });

  it('estimates Jaccard close to the exact value', () => {
    const words = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
    // 3-shingles of w0..w59 and w20..w79: 38 shared of 58 + 58 − 38 = 78 → J = 0.487
    const a = minHashSignature(shingles(words(0, 60)), 256);
    const b = minHashSignature(shingles(words(20, 80)), 256);
    expect(Math.abs(estimatedJaccard(a, b) - 38 / 78)).toBeLessThan(0.08);
  });

  it('pairs copy-pasted scripts of different creators, not one creator with herself', () => {
    const script =
      'Mình đã dùng serum Vitamin C của Cỏ Mềm được 7 ngày và da sáng hẳn lên, kết cấu mỏng nhẹ thấm nhanh';
    const pairs = nearDuplicateDrafts([
      { id: 'd1', creatorId: 'linh', text: script },
      { id: 'd2', creatorId: 'minh', text: `${script} nha mọi người` },
      { id: 'd3', creatorId: 'linh', text: script },
      {
        id: 'd4',
        creatorId: 'an',
        text: 'Hôm nay mình review quán phở gánh ở phố cổ Hà Nội, nước dùng rất trong',
      },
    ]);
    expect(pairs.map((p) => p.ids)).toEqual([
      ['d1', 'd2'],
      ['d2', 'd3'],
    ]);
    for (const p of pairs) expect(p.similarity).toBeGreaterThan(0.7);
  });
});

describe('disclosure and banned claims', () => {
  it('finds an ad disclosure with or without accents', () => {
    expect(findDisclosure('Da sáng bất ngờ #QuangCao')).toBe('#quangcao');
    expect(findDisclosure('Hợp tác cùng Cỏ Mềm')).toBe('hop tac');
    expect(findDisclosure('Video được tài trợ bởi Cỏ Mềm')).toBe('tai tro');
    expect(findDisclosure('Serum xịn quá #adorable')).toBeNull();
    expect(findDisclosure('Serum xịn quá, mua ngay')).toBeNull();
  });

  it('lists the forbidden claims a caption makes', () => {
    expect(
      bannedClaimsIn('Serum này TRỊ KHỎI NÁM chỉ sau 7 ngày', ['trị khỏi nám', 'tốt nhất thị trường']),
    ).toEqual(['trị khỏi nám']);
  });
});
