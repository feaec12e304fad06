import type { ParseKeys } from 'i18next';

interface Rule {
  pattern: RegExp;
  key: ParseKeys;
}

/** The bundle parser words its problems in English; the common ones get the reader's language. */
const RULES: Rule[] = [
  { pattern: /^required field is missing$/, key: 'bundles.problem.missing' },
  { pattern: /^unknown field$/, key: 'bundles.problem.unknownField' },
  { pattern: /^expected a non-negative integer amount/, key: 'bundles.problem.amount' },
  { pattern: /^expected a non-negative integer$/, key: 'bundles.problem.count' },
  { pattern: /^expected a non-negative number$/, key: 'bundles.problem.nonNegative' },
  { pattern: /^expected an ISO 8601 date-time/, key: 'bundles.problem.instant' },
  { pattern: /^expected a date as YYYY-MM-DD$/, key: 'bundles.problem.date' },
  { pattern: /^expected a (non-empty string id|non-empty id)$/, key: 'bundles.problem.id' },
  { pattern: /^expected one of (?<value>.+)$/, key: 'bundles.problem.oneOf' },
  { pattern: /^unknown account "(?<value>.*)"$/, key: 'bundles.problem.unknownAccount' },
  { pattern: /^unknown creator "(?<value>.*)"/, key: 'bundles.problem.unknownCreator' },
  { pattern: /^duplicate (account|post) id "(?<value>.*)"$/, key: 'bundles.problem.duplicateId' },
  { pattern: /has the same time$/, key: 'bundles.problem.sameTime' },
  { pattern: /^the campaign ends before it starts$/, key: 'bundles.problem.endsBeforeStart' },
];

/** `t(key, { value })` for a known problem, the parser's own words otherwise. */
export function problemText(
  message: string,
  t: (key: ParseKeys, options: { value: string }) => string,
): string {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (match) return t(rule.key, { value: match.groups?.value ?? '' });
  }
  return message;
}
