export type ParsedNumber = { value: number | null } | { error: string };

const MISSING = new Set(['', '-', '—', '–', 'n/a', 'na', 'null', 'none', 'không có', 'khong co', '?']);

/** Multipliers people type after a number, Vietnamese and English, longest first. */
const SUFFIXES: [RegExp, number][] = [
  [/^(tỷ|tỉ|ty|ti|b|bn)$/i, 1e9],
  [/^(triệu|trieu|tr|m|mn|mil)$/i, 1e6],
  [/^(nghìn|nghin|ngàn|ngan|k|n)$/i, 1e3],
];
const CURRENCY = /(vnđ|vnd|đồng|dong|đ|₫)$/i;

function multiplierOf(suffix: string): number | null {
  for (const [pattern, factor] of SUFFIXES) if (pattern.test(suffix)) return factor;
  return null;
}

/**
 * Reads the numbers people really type in Vietnamese spreadsheets: "12,5K", "1.2M", "12.500", "12,500", "1tr2",
 * "15 triệu", "2k5", "500.000đ". Blank, "-" and "N/A" are missing (`null`), never 0. Something unreadable gives
 * the reason instead of a guess.
 */
export function parseHumanNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === 'number')
    return Number.isFinite(input) ? { value: input } : { error: 'not a finite number' };
  let text = input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '');
  if (MISSING.has(text)) return { value: null };
  text = text.replace(CURRENCY, '').replace(/^\+/, '');
  if (text === '') return { error: 'only a currency sign' };
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  // "1tr2" / "2k5": a digit run after the multiplier is the fractional part of the multiplied unit.
  const compact = /^(\d+)([a-zà-ỹđ]+)(\d+)$/.exec(text);
  if (compact) {
    const factor = multiplierOf(compact[2] ?? '');
    if (factor === null) return { error: `unknown unit "${compact[2]}"` };
    const value = Number(`${compact[1]}.${compact[3]}`) * factor;
    return { value: sign(Math.round(value), negative) };
  }
  const match = /^([\d.,]+)([a-zà-ỹđ]*)$/.exec(text);
  if (!match) return { error: `"${input.trim()}" is not a number` };
  const digits = match[1] ?? '';
  const suffix = match[2] ?? '';
  const factor = suffix ? multiplierOf(suffix) : 1;
  if (factor === null) return { error: `unknown unit "${suffix}"` };
  const base = readDigits(digits, factor !== 1);
  if (base === null) return { error: `"${input.trim()}" has separators in places a number cannot` };
  const value = base * factor;
  return { value: sign(factor === 1 ? value : Math.round(value), negative) };
}

function sign(value: number, negative: boolean): number {
  return negative ? -value : value;
}

/**
 * Decides which of "." and "," is the decimal mark. With a unit after it ("12,5K") a single separator is
 * decimal; without one, a single separator followed by exactly three digits groups thousands ("12.500", "12,500").
 */
function readDigits(text: string, hasUnit: boolean): number | null {
  if (!/\d/.test(text) || /^[.,]|[.,]$/.test(text)) return null;
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return Number(text);
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = text.split(decimal);
    if (extra !== undefined || !isGrouped(whole ?? '', group)) return null;
    return Number(`${(whole ?? '').split(group).join('')}.${fraction}`);
  }
  const separator = dots > 0 ? '.' : ',';
  const parts = text.split(separator);
  if (parts.length > 2) return isGrouped(text, separator) ? Number(parts.join('')) : null;
  const [whole, fraction] = parts as [string, string];
  if (!hasUnit && fraction.length === 3) return Number(whole + fraction);
  return Number(`${whole}.${fraction}`);
}

function isGrouped(text: string, group: string): boolean {
  const parts = text.split(group);
  return parts.every((part, index) =>
    index === 0 ? /^\d{1,3}$/.test(part) || parts.length === 1 : /^\d{3}$/.test(part),
  );
}
