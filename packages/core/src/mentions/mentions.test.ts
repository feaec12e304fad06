import { describe, expect, it } from 'vitest';
import { MentionMatcher } from './matcher';
import { countMentions, shareOfVoice, shareOfVoiceFromCounts } from './share-of-voice';

const vinamilk = { id: 'vinamilk', name: 'Vinamilk' };
const th = { id: 'th', name: 'TH true MILK', aliases: ['TH milk', 'TH'] };
const nutifood = { id: 'nutifood', name: 'Nutifood', aliases: ['Nuti'] };

describe('MentionMatcher', () => {
  const matcher = new MentionMatcher([vinamilk, th]);

  it.each(['Vinamilk ngon', 'vina milk ngon', '#vinamilk', 'VINAMILK!!!', 'sữa Vinamilk.', '@vinamilk'])(
    'finds the brand in %j',
    (text) => {
      expect(matcher.find(text).map((hit) => hit.id)).toEqual(['vinamilk']);
    },
  );

  it('respects word boundaries', () => {
    expect(matcher.find('vinamilkshop và vinamilks')).toEqual([]);
    expect(matcher.find('thích quá, thật sự')).toEqual([]);
  });

  it('is accent-insensitive and reports evidence with offsets', () => {
    const branded = new MentionMatcher([{ id: 'hl', name: 'Highlands Coffee', aliases: ['Hailen'] }]);
    const text = 'Cà phê HIGHLANDS coffee và Hailen';
    const hits = branded.find(text);
    expect(hits.map((hit) => hit.evidence)).toEqual(['HIGHLANDS coffee', 'Hailen']);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('HIGHLANDS coffee');
    expect(new MentionMatcher([{ id: 'pho', name: 'Phở Thìn' }]).find('pho thin ngon').length).toBe(1);
  });

  it('keeps short aliases strict about spacing', () => {
    expect(matcher.find('sữa TH ngon').map((hit) => hit.id)).toEqual(['th']);
    expect(matcher.find('t h ngon')).toEqual([]);
  });
});

describe('countMentions and shareOfVoice', () => {
  it('counts texts that mention each brand, once per text', () => {
    const counts = countMentions(
      ['Vinamilk vinamilk vinamilk', 'TH true milk ngon hơn vinamilk', 'Nuti cũng ok', 'không nhắc ai'],
      vinamilk,
      [th, nutifood],
    );
    expect(counts.brand).toBe(2);
    expect(counts.competitors).toEqual({ th: 1, nutifood: 1 });
    expect(counts.occurrences.vinamilk).toBe(4);
    // 2 / (2 + 1 + 1) × 100
    expect(shareOfVoiceFromCounts(counts)).toEqual({ value: 50, reason: null });
  });

  it('is null with a reason when nobody is mentioned', () => {
    expect(shareOfVoice(0, [0, 0])).toEqual({ value: null, reason: expect.stringContaining('no brand') });
    expect(shareOfVoice(0, []).value).toBeNull();
  });

  it('computes brand / (brand + competitors) × 100', () => {
    expect(shareOfVoice(3, [1, 2, 2]).value).toBeCloseTo(37.5, 12);
    expect(shareOfVoice(5, []).value).toBe(100);
    expect(shareOfVoice(0, [4]).value).toBe(0);
  });
});
