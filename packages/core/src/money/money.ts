import { type CurrencyCode, minorUnitsPerMajor } from './currency';

/** An amount of money: an integer number of minor units (1 VND = 1, 1 USD = 100) and its currency. */
export interface Money {
  amount: number;
  currency: CurrencyCode;
}

export function isMinorUnitAmount(amount: number): boolean {
  return Number.isSafeInteger(amount);
}

/** Converts a major-unit amount (12.34 USD) to integer minor units (1234), rounding half away from zero. */
export function toMinorUnits(majorAmount: number, currency: CurrencyCode): number {
  if (!Number.isFinite(majorAmount)) throw new RangeError('Money amount must be a finite number');
  const scaled = majorAmount * minorUnitsPerMajor(currency);
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return rounded === 0 ? 0 : rounded;
}

export function fromMinorUnits(minorAmount: number, currency: CurrencyCode): number {
  return minorAmount / minorUnitsPerMajor(currency);
}

export function money(amount: number, currency: CurrencyCode): Money {
  if (!isMinorUnitAmount(amount))
    throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  return { amount, currency };
}

/** Adds amounts of one currency; mixing currencies is a programming error and throws. */
export function addMoney(first: Money, ...rest: Money[]): Money {
  let amount = first.amount;
  for (const item of rest) {
    if (item.currency !== first.currency) {
      throw new RangeError(`Cannot add ${item.currency} to ${first.currency}`);
    }
    amount += item.amount;
  }
  return money(amount, first.currency);
}
