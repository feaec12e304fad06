const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * A time as people write it in Vietnamese exports: dd/mm/yyyy [hh:mm[:ss]], yyyy-mm-dd [hh:mm[:ss]], yyyymmdd
 * (GA4) — read as Vietnam wall time (UTC+7) — or ISO 8601 with an offset. Null when unreadable or impossible.
 */
export function parseVietnamTime(input: string): Date | null {
  const text = input.trim();
  const vn = VN_DATE.exec(text);
  if (vn) return wallTime(vn[3], vn[2], vn[1], vn[4], vn[5], vn[6]);
  const local = ISO_LOCAL.exec(text);
  if (local) return wallTime(local[1], local[2], local[3], local[4], local[5], local[6]);
  const compact = COMPACT_DAY.exec(text);
  if (compact) return wallTime(compact[1], compact[2], compact[3]);
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

function wallTime(...parts: (string | undefined)[]): Date | null {
  const [y, m, d, hh, mm, ss] = [0, 1, 2, 3, 4, 5].map((at) => Number(parts[at] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
  if (wall.getUTCDate() !== d || wall.getUTCMonth() !== m - 1 || hh > 23 || mm > 59 || ss > 59) return null;
  return new Date(wall.getTime() - VIETNAM_OFFSET_MS);
}
