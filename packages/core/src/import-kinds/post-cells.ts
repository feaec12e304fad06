import { type ParsedPostUrl, readPostUrl } from '../post-url/parse-post-url';
import { blankToNull, type FieldProblem } from './kind-spec';
import { parseVietnamTime } from './parse-time';
import { importProblem } from './problem-codes';

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
    problems.push({ column, ...importProblem('missing_post') });
    return null;
  }
  if (!LOOKS_LIKE_LINK.test(text)) return { url: null, id: text.slice(0, 200) };
  const parsed = readPostUrl(text);
  if (parsed.ok) return { url: parsed.post, id: null };
  problems.push({ column, ...importProblem('not_a_post_link', { value: text.slice(0, 80) }, parsed.reason) });
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
    problems.push({
      column,
      ...importProblem(
        'not_a_date',
        { value: text, example: '01/03/2026 10:00' },
        `"${text}" is not a date (use 2026-03-01 10:00 or 01/03/2026 10:00)`,
      ),
    });
  return at;
}
