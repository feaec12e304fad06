import { describe, expect, it } from 'vitest';
import { type CalendarCampaign, detectConflicts, type PlannedPost } from './conflicts';

const comem: CalendarCampaign = {
  id: 'c1',
  brand: 'Cỏ Mềm',
  competitors: ['Cocoon'],
  startDate: '2026-12-01',
  endDate: '2026-12-31',
};
const cocoon: CalendarCampaign = {
  id: 'c2',
  brand: 'cocoon',
  competitors: [],
  startDate: null,
  endDate: null,
};
const post = (id: string, over: Partial<PlannedPost>): PlannedPost => ({
  id,
  campaignId: 'c1',
  creatorId: 'linh',
  at: '2026-12-10T12:00:00Z',
  important: false,
  audienceSegment: null,
  ...over,
});

describe('detectConflicts', () => {
  it('flags one creator posting for competing brands within the window (accent- and case-insensitive)', () => {
    const conflicts = detectConflicts(
      [post('p1', {}), post('p2', { campaignId: 'c2', at: '2026-12-20T12:00:00Z' })],
      [comem, cocoon],
    );
    expect(conflicts).toEqual([
      { code: 'competing_brands', postIds: ['p1', 'p2'], creatorId: 'linh', brands: ['Cỏ Mềm', 'cocoon'] },
    ]);
  });

  it('does not flag competitors 31 days apart, nor two creators', () => {
    expect(
      detectConflicts(
        [post('p1', {}), post('p2', { campaignId: 'c2', at: '2027-01-10T12:00:01Z' })],
        [comem, cocoon],
      ),
    ).toEqual([]);
    expect(
      detectConflicts([post('p1', {}), post('p2', { campaignId: 'c2', creatorId: 'minh' })], [comem, cocoon]),
    ).toEqual([]);
  });

  it('flags a post for a competitor inside an exclusivity window, up to its last day in Vietnam time', () => {
    const exclusivity = { creatorId: 'linh', campaignId: 'c1', until: '2027-02-01', competitors: ['Cocoon'] };
    // 2027-02-01 16:30 UTC is 23:30 on 1 Feb in Hồ Chí Minh City: still inside
    const inside = post('p2', { campaignId: 'c2', at: '2027-02-01T16:30:00Z' });
    // 17:30 UTC is already 2 Feb there
    const after = post('p3', { campaignId: 'c2', at: '2027-02-01T17:30:00Z' });
    const conflicts = detectConflicts([inside, after], [comem, cocoon], [exclusivity]);
    expect(conflicts).toEqual([
      { code: 'exclusivity_window', postId: 'p2', creatorId: 'linh', brand: 'cocoon', until: '2027-02-01' },
    ]);
  });

  it('flags important posts to one audience less than 48 h apart, and not ordinary posts', () => {
    const a = post('p1', { important: true, audienceSegment: 'làm đẹp|HCM', creatorId: 'a' });
    const b = post('p2', {
      important: true,
      audienceSegment: 'làm đẹp|HCM',
      creatorId: 'b',
      at: '2026-12-12T11:00:00Z',
    });
    const c = post('p3', {
      important: false,
      audienceSegment: 'làm đẹp|HCM',
      creatorId: 'c',
      at: '2026-12-10T13:00:00Z',
    });
    expect(detectConflicts([a, b, c], [comem])).toEqual([
      { code: 'audience_overlap', postIds: ['p1', 'p2'], segment: 'làm đẹp|HCM', hoursApart: 47 },
    ]);
  });

  it('flags posts outside the campaign dates by the local day', () => {
    // 2026-11-30 17:30 UTC is already 1 Dec in Vietnam: inside; 2027-01-01 00:30 +07 is outside
    const conflicts = detectConflicts(
      [post('p1', { at: '2026-11-30T17:30:00Z' }), post('p2', { at: '2026-12-31T17:30:00Z' })],
      [comem],
    );
    expect(conflicts).toEqual([
      { code: 'outside_campaign_dates', postId: 'p2', campaignId: 'c1', day: '2027-01-01' },
    ]);
  });
});
