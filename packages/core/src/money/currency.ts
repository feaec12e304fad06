import { z } from 'zod';

const SUPPORTED_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 code this runtime knows (upper-case, e.g. "VND", "USD"). */
export function isSupportedCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && SUPPORTED_CURRENCIES.has(code);
}

const CURRENCY_MESSAGE = 'expected an ISO 4217 currency code such as "VND"';

export const CurrencyCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'required field is missing' : CURRENCY_MESSAGE) })
  .regex(/^[A-Z]{3}$/, { error: CURRENCY_MESSAGE })
  .refine(isSupportedCurrency, { error: CURRENCY_MESSAGE })
  .describe('ISO 4217 currency code, e.g. VND');

export type CurrencyCode = z.infer<typeof CurrencyCodeSchema>;

const decimalsCache = new Map<string, number>();

/** Number of decimal places of the currency's minor unit (VND 0, USD 2, KWD 3), from the runtime's CLDR data. */
export function currencyDecimals(currency: CurrencyCode): number {
  const cached = decimalsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!isSupportedCurrency(currency)) throw new RangeError(`Unknown currency code "${currency}"`);
  const decimals = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  const resolved = decimals ?? 2;
  decimalsCache.set(currency, resolved);
  return resolved;
}

/** How many minor units make one major unit: VND 1 (no minor unit), USD 100, KWD 1000. */
export function minorUnitsPerMajor(currency: CurrencyCode): number {
  return 10 ** currencyDecimals(currency);
}
