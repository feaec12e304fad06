import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBundleIssue } from './issues';
import { parseCampaignBundle, parseCampaignBundleJson } from './parse';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/kpi-example.input.json'), 'utf8'),
);
const broken = (edit: (bundle: typeof example) => void): string[] => {
  const bundle = structuredClone(example);
  edit(bundle);
  const parsed = parseCampaignBundle(bundle);
  return parsed.ok ? [] : parsed.issues.map(formatBundleIssue);
};

describe('parseCampaignBundle', () => {
  it('accepts the worked example, extension keys and $schema', () => {
    expect(parseCampaignBundle(example).ok).toBe(true);
    expect(
      broken((b) => Object.assign(b, { 'x-planning': { anything: 1 }, $schema: './schema.json' })),
    ).toEqual([]);
  });

  it('reports each problem with its JSON path', () => {
    expect(
      broken((b) => {
        b.posts[2].snapshots[0].likes = -5;
        b.posts[0].snapshots[1].colour = 'red';
        b.accounts[0].followers[1].count = 'many';
        delete b.campaign.currency;
        b.planning = {};
      }),
    ).toEqual(
      expect.arrayContaining([
        'planning: unknown field',
        'posts[2].snapshots[0].likes: expected a non-negative integer',
        'posts[0].snapshots[1].colour: unknown field',
        'accounts[0].followers[1].count: expected a non-negative integer',
        'campaign.currency: required field is missing',
      ]),
    );
  });

  it('treats null metrics as not recorded and rejects bad values', () => {
    expect(broken((b) => Object.assign(b.posts[0].snapshots[0], { reach: null }))).toEqual([]);
    expect(broken((b) => Object.assign(b.posts[0], { published_at: '2026-03-02 19:00' }))).toEqual([
      'posts[0].published_at: expected an ISO 8601 date-time with a time zone, e.g. 2026-03-02T19:00:00+07:00',
    ]);
    expect(broken((b) => b.nps_answers.push(11))).toEqual([
      'nps_answers[20]: expected an integer answer from 0 to 10',
    ]);
    expect(broken((b) => Object.assign(b.campaign, { currency: 'XYZ' }))).toEqual([
      'campaign.currency: expected an ISO 4217 currency code such as "VND"',
    ]);
    expect(broken((b) => Object.assign(b.mentions.competitors, { 'Sữa Z': -1 }))).toEqual([
      'mentions.competitors["Sữa Z"]: expected a non-negative integer',
    ]);
  });

  it('checks references, duplicates and dates across sections', () => {
    expect(
      broken((b) => {
        b.posts[3].account = 'fb_nobody';
        b.posts[1].id = 'p1';
        b.costs[0].creator = 'linhh';
        b.posts[0].snapshots[1].at = '2026-03-03T12:00:00Z';
        b.follower_growth.to = '2026-02-01T00:00:00+07:00';
        b.campaign.end = '2026-02-01';
      }),
    ).toEqual([
      'campaign.end: the campaign ends before it starts',
      'posts[1].id: duplicate post id "p1"',
      'posts[0].snapshots[1].at: another snapshot of this post has the same time',
      'posts[3].account: unknown account "fb_nobody"',
      'costs[0].creator: unknown creator "linhh" (no account belongs to it)',
      'follower_growth.to: "to" is before "from"',
    ]);
  });

  it('accepts a list of follower-growth requests and explains a malformed one', () => {
    const request = {
      account: 'ig_minh',
      from: '2026-02-28T00:00:00+07:00',
      to: '2026-03-31T00:00:00+07:00',
    };
    expect(broken((b) => Object.assign(b, { follower_growth: [b.follower_growth, request] }))).toEqual([]);
    expect(broken((b) => Object.assign(b, { follower_growth: [{ ...request, since: 1 }] }))).toEqual([
      'follower_growth[0].since: unknown field',
    ]);
  });

  it('reports invalid JSON at the root', () => {
    const parsed = parseCampaignBundleJson('{"campaign": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.path).toBe('(root)');
  });
});
