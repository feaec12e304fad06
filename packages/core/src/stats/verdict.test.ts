import { describe, expect, it } from 'vitest';
import { abVerdict } from './verdict';

describe('abVerdict', () => {
  const clicks = { vi: 'lượt nhấp', en: 'clicks' };

  it('declares a winner with the posterior probability, floored', () => {
    // P(B > A) for 1300/100000 vs 1200/100000 is 0.9779 → "97 %".
    const verdict = abVerdict(
      { successesA: 1200, trialsA: 100_000, successesB: 1300, trialsB: 100_000 },
      { trialUnit: clicks },
    );
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.winner).toBe('b');
    expect(verdict.message.vi).toBe('B tốt hơn A với độ tin cậy 97 %');
    expect(verdict.message.en).toBe('B is better than A with 97 % confidence');
  });

  it('names A when A is clearly better', () => {
    const verdict = abVerdict(
      { successesA: 300, trialsA: 1000, successesB: 200, trialsB: 1000 },
      { names: { a: 'Video', b: 'Ảnh' } },
    );
    expect(verdict).toMatchObject({ ok: true, winner: 'a' });
    if (verdict.ok) expect(verdict.message.vi.startsWith('Video tốt hơn Ảnh')).toBe(true);
  });

  it('says how many more trials each variant needs when inconclusive', () => {
    // Observed 100/1000 vs 110/1000: lift 10 % = the default minimum; pooled baseline 0.105.
    // Sample size for 0.105 → 0.1155 at α 0.05, power 0.8 is 13 965.9 → 13 966 per group; 12 966 more.
    const verdict = abVerdict(
      { successesA: 100, trialsA: 1000, successesB: 110, trialsB: 1000 },
      { trialUnit: clicks },
    );
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.winner).toBeNull();
    expect(verdict.moreTrialsPerVariant).toBe(12966);
    expect(verdict.message.en).toContain('need ~12,966 more clicks per variant');
    expect(verdict.message.vi).toContain('cần thêm khoảng 12.966 lượt nhấp mỗi phương án');
  });
});
