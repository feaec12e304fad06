import { describe, expect, it } from 'vitest';
import { contractAlerts } from './contract-alerts';

const contract = {
  id: 'k1',
  usageRightsExpiresOn: '2026-07-15',
  milestones: [
    { position: 0, label: 'Tạm ứng', amount: 5_000_000, dueOn: '2026-07-01', paid: true },
    { position: 1, label: 'Nghiệm thu', amount: 5_000_000, dueOn: '2026-07-04', paid: false },
    { position: 2, label: 'Thưởng', amount: 1_000_000, dueOn: null, paid: false },
  ],
};

describe('contractAlerts', () => {
  it('warns 14 days before usage rights end, and not earlier or after', () => {
    expect(contractAlerts(contract, '2026-06-30').filter((a) => a.kind === 'usage_rights_expiring')).toEqual(
      [],
    );
    const first = contractAlerts(contract, '2026-07-01').find((a) => a.kind === 'usage_rights_expiring');
    expect(first).toMatchObject({ daysLeft: 14, dedupeKey: 'usage_rights_expiring:k1:2026-07-15' });
    expect(contractAlerts(contract, '2026-07-16').some((a) => a.kind === 'usage_rights_expiring')).toBe(
      false,
    );
  });

  it('warns about unpaid milestones three days ahead and while overdue, never about paid ones', () => {
    expect(contractAlerts(contract, '2026-06-30').filter((a) => a.kind === 'payment_due')).toEqual([]);
    const due = contractAlerts(contract, '2026-07-01').filter((a) => a.kind === 'payment_due');
    expect(due).toEqual([
      expect.objectContaining({ label: 'Nghiệm thu', daysLeft: 3, dedupeKey: 'payment_due:k1:1:2026-07-04' }),
    ]);
    const overdue = contractAlerts(contract, '2026-07-10').filter((a) => a.kind === 'payment_due');
    expect(overdue.map((a) => a.daysLeft)).toEqual([-6]);
  });
});
