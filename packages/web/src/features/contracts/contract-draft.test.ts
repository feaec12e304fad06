import { describe, expect, it } from 'vitest';
import { emptyDraft, parseVnd, termsFromDraft } from './contract-draft';

describe('contract draft', () => {
  it('reads VND amounts typed with dots or spaces', () => {
    expect(parseVnd('15.000.000')).toBe(15_000_000);
    expect(parseVnd('2 500 000 ₫')).toBe(2_500_000);
    expect(parseVnd('')).toBe(0);
  });

  it('turns the form into contract terms: lists split, empty text null, paid milestones stamped', () => {
    const now = new Date('2026-03-02T03:00:00Z');
    const terms = termsFromDraft(
      {
        ...emptyDraft('c1'),
        fee: '20.000.000',
        competitors: 'Hoa Nắng, Sen Việt\n',
        usageRightsExpiresOn: '2026-07-15',
        milestones: [
          { label: 'Tạm ứng', amount: '10.000.000', dueOn: '2026-03-01', paid: true, paidAt: null },
          { label: '  ', amount: '5', dueOn: '', paid: false, paidAt: null },
        ],
      },
      now,
    );
    expect(terms).toMatchObject({
      fee: 20_000_000,
      competitors: ['Hoa Nắng', 'Sen Việt'],
      usageRightsExpiresOn: '2026-07-15',
      exclusivityStart: null,
      milestones: [{ label: 'Tạm ứng', amount: 10_000_000, dueOn: '2026-03-01', paidAt: now.toISOString() }],
    });
  });
});
