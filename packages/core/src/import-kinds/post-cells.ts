import { type ParsedPostUrl, readPostUrl } from '../post-url/parse-post-url';
import { blankToNull, type FieldProblem } from './kind-spec';
import { parseVietnamTime } from './parse-time';

/** A post named by its link, or by its id on the platform / in Lantoa. */
export type PostReference = { url: ParsedPostUrl; id: null } | { url: null; id: string };

const LOOKS_LIKE_LINK = /^(https?:\/\/|www\.|[a-z0-9-]+\.(com|me|be|watch)\/)/i;

/** The post a row names; a problem on `column` (and null) when it is missing or an unreadable link. */
export function readPostCell(
  value: string | undefined,
  column: string,
  problems: FieldProblem[],
): PostReference | null {
  const text = blankToNull(value);
  if (!text) {
    problems.push({ column, message: 'missing: give the post link or id' });
    return null;
  }
  if (!LOOKS_LIKE_LINK.test(text)) return { url: null, id: text.slice(0, 200) };
  const parsed = readPostUrl(text);
  if (parsed.ok) return { url: parsed.post, id: null };
  problems.push({ column, message: parsed.reason });
  return null;
}

/** An optional Vietnam-time cell; a problem on `column` when it is filled but not a date. */
export function readTimeCell(
  value: string | undefined,
  column: string,
  problems: FieldProblem[],
): Date | null {
  const text = blankToNull(value);
  const at = text ? parseVietnamTime(text) : null;
  if (text && !at)
    problems.push({ column, message: `"${text}" is not a date (use 2026-03-01 10:00 or 01/03/2026 10:00)` });
  return at;
}
