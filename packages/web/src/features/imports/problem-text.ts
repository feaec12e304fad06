import { IMPORT_PROBLEM_TEXT, type ImportProblemCode } from '@lantoa/core/import-kinds';
import type { TFunction } from 'i18next';
import type { ImportKind } from './import-api';

/** A problem as the API sends it: a code and values to translate, and the English sentence as a fallback. */
export interface CodedProblem {
  code?: string;
  values?: Readonly<Record<string, string | number>>;
  message: string;
}

const isProblemCode = (code: string | undefined): code is ImportProblemCode =>
  code !== undefined && Object.hasOwn(IMPORT_PROBLEM_TEXT, code);

/** The name of a kind's field in the reader's language (`followers` → "Số người theo dõi"). */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string): string {
  return kind === 'creators'
    ? t(`imports.fields.${field}` as 'imports.fields.name')
    : t(`imports.kindFields.${kind}.${field}` as 'imports.kindFields.ga4.sessions');
}

/**
 * A problem in the reader's language; a field id among its values is named by its label. A code this build does
 * not know (a newer server) falls back to the English message rather than a raw key.
 */
export function problemText(t: TFunction, problem: CodedProblem, kind: ImportKind): string {
  if (!isProblemCode(problem.code)) return problem.message;
  const values = { ...problem.values };
  if (typeof values.field === 'string') values.field = fieldLabel(t, kind, values.field);
  return t(`imports.problemCodes.${problem.code}`, values);
}

/** The comment-file reader names its columns by id; `time` is the kind's `at`. */
const COMMENT_SHEET_COLUMNS: Record<string, string> = { text: 'text', time: 'at', likes: 'likes' };

/** A column of a comment file's problem by its label ("Nội dung", "Thời gian"); an unknown id stays as it is. */
export function commentColumnLabel(t: TFunction, column: string): string {
  const field = COMMENT_SHEET_COLUMNS[column];
  return field ? fieldLabel(t, 'comments', field) : column;
}
