import type { ContractStatus } from '@lantoa/db/schema';
import type { ErrorDetail } from '../../http/app-error';

export interface ContractTerms {
  status: ContractStatus;
  fee: number;
  milestones: readonly { amount: number }[];
  exclusivityStart: string | null;
  exclusivityEnd: string | null;
}

const VND = new Intl.NumberFormat('vi-VN');

/** Problems with a contract's terms as a whole, each with the body field to fix. */
export function contractTermProblems(terms: ContractTerms): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const { exclusivityStart: start, exclusivityEnd: end } = terms;
  if ((start === null) !== (end === null))
    problems.push({
      path: start === null ? 'body.exclusivityStart' : 'body.exclusivityEnd',
      message: 'give both the first and the last day of the exclusivity window, or neither',
    });
  if (start !== null && end !== null && end < start)
    problems.push({ path: 'body.exclusivityEnd', message: `ends (${end}) before it starts (${start})` });
  const scheduled = terms.milestones.reduce((total, m) => total + m.amount, 0);
  if (scheduled > terms.fee)
    problems.push({
      path: 'body.milestones',
      message: `payments add up to ${VND.format(scheduled)} ₫, more than the fee of ${VND.format(terms.fee)} ₫`,
    });
  return problems;
}

/** Signed and completed contracts need a signing day; when none is given it is today. */
export function signingDay(status: ContractStatus, signedOn: string | null, today: string): string | null {
  if (signedOn !== null) return signedOn;
  return status === 'signed' || status === 'completed' ? today : null;
}
