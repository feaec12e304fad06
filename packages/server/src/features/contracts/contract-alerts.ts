export const RIGHTS_ALERT_DAYS = 14;
export const PAYMENT_ALERT_DAYS = 3;

export interface AlertableContract {
  id: string;
  usageRightsExpiresOn: string | null;
  milestones: readonly {
    position: number;
    label: string;
    amount: number;
    dueOn: string | null;
    paid: boolean;
  }[];
}

export interface ContractAlert {
  kind: 'usage_rights_expiring' | 'payment_due';
  contractId: string;
  /** One alert per contract and date: re-running the scan never repeats it, a new date alerts again. */
  dedupeKey: string;
  day: string;
  daysLeft: number;
  amount: number | null;
  label: string | null;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * What a signed contract should warn about on `today` (local day): usage rights ending within
 * `rightsDays` (default 14), and unpaid milestones due within `paymentDays` (default 3) or already overdue.
 * Rights that have already expired are not announced again.
 */
export function contractAlerts(
  contract: AlertableContract,
  today: string,
  options: { rightsDays?: number; paymentDays?: number } = {},
): ContractAlert[] {
  const rightsDays = options.rightsDays ?? RIGHTS_ALERT_DAYS;
  const paymentDays = options.paymentDays ?? PAYMENT_ALERT_DAYS;
  const alerts: ContractAlert[] = [];
  const expiry = contract.usageRightsExpiresOn;
  if (expiry !== null) {
    const left = daysBetween(today, expiry);
    if (left >= 0 && left <= rightsDays)
      alerts.push({
        kind: 'usage_rights_expiring',
        contractId: contract.id,
        dedupeKey: `usage_rights_expiring:${contract.id}:${expiry}`,
        day: expiry,
        daysLeft: left,
        amount: null,
        label: null,
      });
  }
  for (const milestone of contract.milestones) {
    if (milestone.paid || milestone.dueOn === null) continue;
    const left = daysBetween(today, milestone.dueOn);
    if (left > paymentDays) continue;
    alerts.push({
      kind: 'payment_due',
      contractId: contract.id,
      dedupeKey: `payment_due:${contract.id}:${milestone.position}:${milestone.dueOn}`,
      day: milestone.dueOn,
      daysLeft: left,
      amount: milestone.amount,
      label: milestone.label,
    });
  }
  return alerts;
}
