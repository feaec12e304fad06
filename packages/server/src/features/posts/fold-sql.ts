import { foldDiacritics } from '@lantoa/core/text';
import { type SQL, sql } from 'drizzle-orm';

const VIETNAMESE_LETTERS =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ' +
  'ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
const FOLDED_LETTERS = [...VIETNAMESE_LETTERS].map((letter) => foldDiacritics(letter)).join('');

/**
 * The SQL twin of `foldDiacritics` for precomposed Vietnamese text: lower-case without diacritics, so a LIKE on it
 * is accent-insensitive on both databases without the unaccent extension (PGlite lacks it).
 */
export function foldSql(expression: SQL): SQL {
  return sql`lower(translate(${expression}, ${VIETNAMESE_LETTERS}, ${FOLDED_LETTERS}))`;
}

/** The words of a search, folded and with LIKE's wildcards escaped, at most eight of them. */
export function foldedSearchWords(q: string | undefined): string[] {
  if (!q) return [];
  return foldDiacritics(q)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`));
}
