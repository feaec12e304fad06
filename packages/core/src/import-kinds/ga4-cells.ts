import { foldDiacritics } from '../text';
import { type ImportProblem, importProblem } from './problem-codes';

export type CellRead<T> = { value: T | null } | { error: ImportProblem };

const MISSING = new Set(['', '-', '—', '(not set)', '(none)', 'n/a']);

const isMissing = (text: string) => MISSING.has(text.trim().toLowerCase());

/** A decimal without thousands grouping, "." or "," as the decimal mark ("45,2", "0.452", "65"). */
function readDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * A rate as GA4 writes it: "45.2%" / "45,2 %" (the Vietnamese UI) or a fraction 0.452 (raw exports). Without a
 * percent sign, a number above 1 is read as a percentage. Gives a fraction 0–1.
 */
export function readRate(cell: string | undefined): CellRead<number> {
  const text = (cell ?? '').trim();
  if (isMissing(text)) return { value: null };
  const percent = text.endsWith('%');
  const value = readDecimal(percent ? text.slice(0, -1) : text);
  if (value === null) return { error: importProblem('not_a_rate', { value: text }) };
  const fraction = percent || value > 1 ? value / 100 : value;
  if (fraction > 1) return { error: importProblem('rate_above_100', { value: text }) };
  return { value: fraction };
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(h|giờ|gio|hr|hrs|hour|hours)$/, 3600],
  [/^(m|min|mins|phút|phut|minute|minutes)$/, 60],
  [/^(s|sec|secs|giây|giay|second|seconds)$/, 1],
];

/**
 * A duration in seconds: "65" / "65.3" seconds, "1m 05s", "1 phút 5 giây", "1h 2m 3s", or a clock "00:01:05" /
 * "01:05" (minutes:seconds).
 */
export function readDuration(cell: string | undefined): CellRead<number> {
  const text = (cell ?? '').trim().toLowerCase();
  if (isMissing(text)) return { value: null };
  const plain = readDecimal(text);
  if (plain !== null) return { value: plain };
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(text);
  if (clock) {
    const seconds = Number((clock[3] ?? '0').replace(',', '.'));
    return { value: Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + seconds };
  }
  const parts = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-zà-ỹđ]+)/g)];
  const consumed = parts.map((part) => part[0]).join('');
  if (parts.length > 0 && consumed.replace(/\s+/g, '') === text.replace(/\s+/g, '')) {
    let total = 0;
    for (const part of parts) {
      const unit = UNIT_SECONDS.find(([pattern]) => pattern.test(part[2] ?? ''));
      if (!unit)
        return {
          error: importProblem(
            'not_a_duration',
            { value: cell?.trim() ?? '' },
            `unknown unit "${part[2]}" in "${cell?.trim()}"`,
          ),
        };
      total += Number((part[1] ?? '0').replace(',', '.')) * unit[1];
    }
    return { value: total };
  }
  return { error: importProblem('not_a_duration', { value: cell?.trim() ?? '' }) };
}

/** "tiktok / referral" → source and medium; "(direct) / (none)" keeps its words. */
export function splitSourceMedium(cell: string | null): { source: string | null; medium: string | null } {
  if (!cell) return { source: null, medium: null };
  const at = cell.lastIndexOf(' / ');
  if (at < 0) return { source: cell.trim() || null, medium: null };
  return { source: cell.slice(0, at).trim() || null, medium: cell.slice(at + 3).trim() || null };
}

const TOTAL_LABELS = new Set(['grand total', 'total', 'totals', 'tong', 'tong cong', 'tong so']);

/** GA4 and spreadsheet totals rows ("Grand total", "Tổng cộng") repeat the sum of the rows above them. */
export function isTotalLabel(cell: string | null): boolean {
  return cell !== null && TOTAL_LABELS.has(foldDiacritics(cell).trim());
}

/** Tag values compare accent- and case-insensitively, ignoring surrounding spaces. */
export const tagKey = (value: string | null | undefined): string => foldDiacritics(value ?? '').trim();
