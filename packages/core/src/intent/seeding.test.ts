import { describe, expect, it } from 'vitest';
import { tagCommentsWithHistory } from './batch';
import { detectSeedingRings } from './seeding';

const DAY = 24 * 3600 * 1000;
const RING_TEXT = 'Sản phẩm tuyệt vời, mọi người nên mua nhé!';

describe('seeding rings over time and scope', () => {
  it('splits the same text into separate rings when the gap exceeds the window', () => {
    const comments = [
      { id: '1', author: 'a', text: RING_TEXT, at: 0 },
      { id: '2', author: 'b', text: RING_TEXT, at: 1 * DAY },
      // 9 days after the previous one: a new cluster with only 2 authors, not a ring.
      { id: '3', author: 'c', text: RING_TEXT, at: 10 * DAY },
      { id: '4', author: 'd', text: RING_TEXT, at: 11 * DAY },
    ];
    expect(detectSeedingRings(comments).size).toBe(0);
    // Chained within 7 days of each other: one ring of 4 authors.
    const chained = comments.map((c, i) => ({ ...c, at: i * 5 * DAY }));
    expect([...detectSeedingRings(chained).keys()].sort()).toEqual(['1', '2', '3', '4']);
  });

  it('never joins comments of different scopes into one ring', () => {
    const comments = ['a', 'b', 'c'].map((author, i) => ({
      id: String(i),
      author,
      text: RING_TEXT,
      scope: i === 2 ? 'campaign-2' : 'campaign-1',
    }));
    expect(detectSeedingRings(comments).size).toBe(0);
  });

  it('finds a ring split over two batches and names the earlier members to flag', () => {
    const earlier = [
      { id: 'old-1', author: 'a', text: RING_TEXT, at: 0, scope: 'c1' },
      { id: 'old-2', author: 'b', text: 'san pham tuyet voi moi nguoi nen mua nhe', at: DAY, scope: 'c1' },
      { id: 'old-3', author: 'z', text: RING_TEXT, at: 60 * DAY, scope: 'c1' },
    ];
    const batch = [
      { id: 'new-1', author: 'c', text: `${RING_TEXT} 😍`, at: 2 * DAY, scope: 'c1' },
      { id: 'new-2', author: 'd', text: 'giá bao nhiêu vậy shop', at: 2 * DAY, scope: 'c1' },
    ];
    const { batch: tagged, earlierRingMembers } = tagCommentsWithHistory(batch, earlier);
    expect(tagged.map((c) => c.spam)).toEqual([true, false]);
    expect(tagged[0]!.tags.map((t) => t.kind)).toEqual(['seeding_ring']);
    expect(earlierRingMembers.map((m) => m.id)).toEqual(['old-1', 'old-2']);
    expect(earlierRingMembers[1]!.tag).toEqual({
      tag: 'spam',
      kind: 'seeding_ring',
      evidence: 'san pham tuyet voi moi nguoi nen mua nhe',
      start: 0,
      end: 40,
    });
  });

  it('reports nothing earlier when the batch alone forms no ring with them', () => {
    const earlier = [{ id: 'old', author: 'a', text: RING_TEXT, at: 0 }];
    const batch = [{ id: 'new', author: 'b', text: RING_TEXT, at: DAY }];
    expect(tagCommentsWithHistory(batch, earlier)).toEqual({
      batch: [{ id: 'new', tags: [], spam: false }],
      earlierRingMembers: [],
    });
  });
});
