import { type ImportProblem, importProblem } from '@lantoa/core/import-kinds';
import { foldDiacritics } from '@lantoa/core/text';
import type { IncomingComment } from './comment-schemas';

export interface SheetLike {
  rows: { number: number; cells: string[] }[];
}

/** `column` is the column's id (`text`, `time`, `likes`), which the web app names in the reader's language. */
export interface RowProblem extends ImportProblem {
  row: number;
  column: string;
}

type Column = 'externalId' | 'author' | 'text' | 'at' | 'likes' | 'replyTo';

const HEADERS: Record<Column, readonly string[]> = {
  externalId: ['id', 'external id', 'external_id', 'comment id', 'ma binh luan'],
  author: ['author', 'user', 'username', 'tac gia', 'nguoi binh luan', 'ten'],
  text: ['text', 'comment', 'content', 'noi dung', 'binh luan'],
  at: ['time', 'at', 'date', 'created at', 'thoi gian', 'ngay'],
  likes: ['likes', 'like', 'luot thich', 'thich'],
  replyTo: ['reply to', 'reply_to', 'tra loi', 'tra loi cho'],
};

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** ISO 8601, or dd/mm/yyyy [hh:mm[:ss]] read in Vietnam time (UTC+7). */
export function parseCommentTime(value: string): string | null {
  const vn = VN_DATE.exec(value);
  if (vn) {
    const [d, m, y, hh, mm, ss] = vn.slice(1).map((part) => Number(part ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const wall = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
    if (wall.getUTCDate() !== d || wall.getUTCMonth() !== m - 1 || hh > 23 || mm > 59 || ss > 59) return null;
    return new Date(wall.getTime() - 7 * 3_600_000).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const name = foldDiacritics(cell).trim().replace(/\s+/g, ' ');
    for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      if (found[column] === undefined && names.includes(name)) found[column] = index;
    }
  });
  return found;
}

/**
 * Comments from a sheet whose first row names the columns (author, text, time, likes, reply to, id; in
 * Vietnamese or English, with or without accents). Rows that cannot be read are reported, never dropped.
 */
export function parseCommentSheet(sheet: SheetLike): { comments: IncomingComment[]; problems: RowProblem[] } {
  const [header, ...rows] = sheet.rows;
  if (!header) return { comments: [], problems: [{ row: 1, column: '', ...importProblem('file_empty') }] };
  const columns = columnsOf(header.cells);
  if (columns.text === undefined) {
    return {
      comments: [],
      problems: [{ row: header.number, column: 'text', ...importProblem('no_text_column') }],
    };
  }
  const comments: IncomingComment[] = [];
  const problems: RowProblem[] = [];
  const cell = (cells: string[], column: Column) => {
    const index = columns[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  for (const row of rows) {
    const text = cell(row.cells, 'text');
    if (!text) {
      problems.push({ row: row.number, column: 'text', ...importProblem('comment_text_empty') });
      continue;
    }
    const comment: IncomingComment = { text: text.slice(0, 10_000) };
    const author = cell(row.cells, 'author');
    const externalId = cell(row.cells, 'externalId');
    const replyTo = cell(row.cells, 'replyTo');
    if (author) comment.author = author.slice(0, 200);
    if (externalId) comment.externalId = externalId.slice(0, 200);
    if (replyTo) comment.replyTo = replyTo.slice(0, 200);
    const at = cell(row.cells, 'at');
    if (at) {
      const parsed = parseCommentTime(at);
      if (!parsed) {
        problems.push({
          row: row.number,
          column: 'time',
          ...importProblem(
            'not_a_date',
            { value: at, example: '01/03/2026 10:00' },
            `"${at}" is not a date (use 2026-03-01T10:00 or 01/03/2026 10:00)`,
          ),
        });
        continue;
      }
      comment.at = parsed;
    }
    const likes = cell(row.cells, 'likes').replace(/[.,\s]/g, '');
    if (likes) {
      if (!/^\d+$/.test(likes)) {
        problems.push({
          row: row.number,
          column: 'likes',
          ...importProblem('not_a_whole_number', { value: cell(row.cells, 'likes') }),
        });
        continue;
      }
      comment.likes = Number(likes);
    }
    comments.push(comment);
  }
  return { comments, problems };
}
