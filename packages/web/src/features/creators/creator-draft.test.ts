import { describe, expect, it } from 'vitest';
import type { CreatorDetail } from './creator-api';
import { creatorBody, draftFromCreator, emptyAccount } from './creator-draft';

const saved: CreatorDetail = {
  id: 'c1',
  name: 'Linh Làm Đẹp',
  avatarUrl: null,
  niches: ['Làm đẹp', 'Du lịch'],
  tags: ['ưu tiên'],
  location: 'TP.HCM',
  status: 'prospect',
  ownerUserId: null,
  followers: 50_000,
  tier: 'micro',
  engagementRate: null,
  feeMin: null,
  feeMax: null,
  qualityScore: null,
  riskLevel: null,
  bio: null,
  email: 'linh@example.vn',
  phone: null,
  languages: ['vi'],
  notes: null,
  currency: 'VND',
  rateCard: [{ deliverable: 'Video TikTok', platform: 'tiktok', amount: 8_000_000 }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  accounts: [
    {
      id: 'a1',
      platform: 'tiktok',
      handle: 'linh.lamdep',
      url: null,
      followers: 50_000,
      tier: 'micro',
      audience: {
        ageBands: { '18-24': 0.4, '25-34': 0.3, '55-64': 0.05 },
        gender: { female: 0.7, male: 0.3 },
        topLocations: [{ name: 'TP.HCM', share: 0.3 }],
        interests: ['Mỹ phẩm'],
      },
    },
  ],
};

describe('creator form draft', () => {
  it('gives back the saved creator unchanged when nothing is edited, unusual age bands included', () => {
    const result = creatorBody(draftFromCreator(saved));
    if (!('body' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.body).toMatchObject({
      name: 'Linh Làm Đẹp',
      location: 'TP.HCM',
      niches: ['Làm đẹp', 'Du lịch'],
      tags: ['ưu tiên'],
      languages: ['vi'],
      email: 'linh@example.vn',
      phone: null,
      rateCard: [{ deliverable: 'Video TikTok', platform: 'tiktok', amount: 8_000_000 }],
    });
    expect(result.body.accounts).toEqual([
      {
        platform: 'tiktok',
        handle: 'linh.lamdep',
        url: null,
        followers: 50_000,
        audience: saved.accounts[0]?.audience,
      },
    ]);
  });

  it('reads the numbers people type and percentages with a comma', () => {
    const draft = draftFromCreator();
    draft.name = ' Mới ';
    draft.accounts = [
      {
        ...emptyAccount(),
        handle: '@moi.vn',
        followers: '12,5K',
        audience: {
          ...emptyAccount().audience,
          ages: { ...emptyAccount().audience.ages, '18-24': '62,5' },
          locations: 'Hà Nội 40, Quận 1 12 %',
        },
      },
    ];
    draft.rateCard = [{ deliverable: 'Livestream', platform: 'tiktok', amount: '1tr2' }];
    const result = creatorBody(draft);
    if (!('body' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.body.name).toBe('Mới');
    expect(result.body.accounts[0]).toMatchObject({
      handle: '@moi.vn',
      followers: 12_500,
      audience: {
        ageBands: { '18-24': 0.625 },
        topLocations: [
          { name: 'Hà Nội', share: 0.4 },
          { name: 'Quận 1', share: 0.12 },
        ],
      },
    });
    expect(result.body.rateCard[0]?.amount).toBe(1_200_000);
  });

  it('names every bad field instead of guessing', () => {
    const draft = draftFromCreator();
    draft.accounts[0] = {
      ...emptyAccount(),
      followers: 'nhiều',
      audience: {
        ...emptyAccount().audience,
        genders: { female: '120', male: '', other: '' },
        locations: 'Huế',
      },
    };
    draft.rateCard = [{ deliverable: '', platform: 'tiktok', amount: '' }];
    const result = creatorBody(draft);
    expect('problems' in result && result.problems).toEqual([
      { path: 'name', message: 'required' },
      { path: 'accounts.0.handle', message: 'required' },
      { path: 'accounts.0.followers', message: 'notNumber' },
      { path: 'accounts.0.audience.gender.female', message: 'notPercent' },
      { path: 'accounts.0.audience.topLocations', message: 'badLocation' },
      { path: 'rateCard.0.amount', message: 'notNumber' },
      { path: 'rateCard.0.deliverable', message: 'required' },
    ]);
  });
});
