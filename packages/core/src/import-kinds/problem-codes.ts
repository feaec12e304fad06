/**
 * Every problem an import can report, as a code with its English text. `{{name}}` is filled from the problem's
 * values (the syntax of the web app's locale files, which translate the code: `imports.problemCodes.<code>`);
 * the English message stays for the API, the CLI and the rejected-rows file.
 */
export const IMPORT_PROBLEM_TEXT = {
  missing: 'missing',
  missing_post: 'missing: give the post link or id',
  not_a_post_link: '"{{value}}" is not a link to a TikTok, Facebook, Instagram, YouTube or Zalo post',
  not_a_date: '"{{value}}" is not a date (use {{example}})',
  not_a_number: '"{{value}}" is not a number',
  not_a_whole_number: '"{{value}}" is not a whole number',
  negative: 'cannot be negative: "{{value}}"',
  comment_text_empty: 'the comment text is empty',
  missing_order_id: 'missing order id',
  missing_order_date: 'missing order date',
  missing_marketplace: 'missing marketplace',
  total_row: 'the total row of the export (it would count twice)',
  missing_sessions: 'missing: the number of sessions',
  engaged_above_sessions: '{{engaged}} engaged sessions is more than the {{sessions}} sessions',
  not_a_rate: '"{{value}}" is not a rate (write 45.2% or 0.452)',
  rate_above_100: '"{{value}}" is above 100%',
  not_a_duration: '"{{value}}" is not a duration (write 65, 1m 05s or 00:01:05)',
  no_metric: 'no metric on this row',
  handle_has_spaces: 'a handle has no spaces: "{{value}}"',
  unknown_platform: 'unknown platform "{{value}}" (TikTok, Facebook, Instagram, YouTube, Zalo, other)',
  missing_platform: 'missing: give the platform or a profile link',
  missing_handle: 'missing: give the handle or a profile link',
  not_an_email: 'not an e-mail address: "{{value}}"',
  unknown_status: 'unknown status "{{value}}"',
  duplicate_account: 'same {{platform}} account as row {{row}}',
  duplicate_post_time: 'same post and time as row {{row}}',
  duplicate_ga4_row: 'same day, source / medium, campaign and ad content as row {{row}}',
  post_not_found: 'no such post in the workspace; add the post by its link first',
  campaign_not_in_workspace: 'the chosen campaign is not in this workspace',
  file_empty: 'the file is empty',
  no_text_column: 'no column named text / comment / nội dung / bình luận',
  no_rows: 'the file has no rows',
  header_repeated: 'column {{column}} repeats the header "{{header}}" of column {{previous}}',
  field_twice: '"{{field}}" is chosen for {{count}} columns ({{columns}}); choose one',
  map_handle_or_url: 'choose the column with the handle or the profile link',
  map_comment_text: 'choose the column with the comment text',
  map_post_or_fixed: 'choose the column with the post link, or the post for the whole file',
  map_order_id: 'choose the column with the order id',
  map_order_date: 'choose the column with the order date',
  map_marketplace: 'choose the marketplace the file comes from',
  map_campaign: 'choose the campaign the visits belong to',
  map_sessions: 'choose the column with the sessions',
  map_post: 'choose the column with the post link or post id',
  map_metric: 'choose at least one metric column (views, likes, comments, shares…)',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_TEXT;
export type ProblemValues = Readonly<Record<string, string | number>>;

/** A problem of a file or of its column mapping: a code and values to translate, and the English sentence. */
export interface ImportProblem {
  code: ImportProblemCode;
  values: ProblemValues;
  message: string;
}

/** The English sentence of a code with its values. */
export function problemMessage(code: ImportProblemCode, values: ProblemValues = {}): string {
  return IMPORT_PROBLEM_TEXT[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A problem with its English message; `detail` replaces the message when the cause says more than the code. */
export function importProblem(
  code: ImportProblemCode,
  values: ProblemValues = {},
  detail?: string,
): ImportProblem {
  return { code, values, message: detail ?? problemMessage(code, values) };
}
