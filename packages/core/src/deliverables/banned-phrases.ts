import { foldDiacritics } from '../text';

const QUOTED = /["“”«»]([^"“”«»]{2,120})["“”«»]|‘([^‘’]{2,120})’|'([^']{2,120})'/g;
const LEADING_VERBS = [
  'khong duoc noi',
  'khong duoc dung',
  'khong duoc',
  'khong noi',
  'khong dung',
  'khong de cap',
  'khong nhac',
  'khong khang dinh',
  'khong cam ket',
  'tranh noi',
  'tranh dung',
  'tranh',
  'cam noi',
  'cam',
  'dung noi',
  'dung',
  'khong',
  "don't say",
  "don't use",
  "don't",
  'do not say',
  'do not',
  'never',
  'no',
];

/**
 * The phrases a brief's "don't" lines forbid a caption to say. Quoted parts are taken verbatim
 * ("Không nói 'trị dứt điểm'" → "trị dứt điểm"); an unquoted line loses its leading "không nói / tránh /
 * don't" so the rest is the claim ("Tránh cam kết trắng da sau 3 ngày" → "cam kết trắng da sau 3 ngày").
 */
export function bannedPhrasesFromDonts(donts: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of donts) {
    const quoted = [...line.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
    if (quoted.length > 0) {
      out.push(...quoted.filter(Boolean));
      continue;
    }
    const words = line
      .trim()
      .replace(/[.!;:]+$/u, '')
      .split(/\s+/);
    const folded = foldDiacritics(words.join(' '));
    const verb = LEADING_VERBS.find((v) => folded === v || folded.startsWith(`${v} `));
    const rest = verb ? words.slice(verb.split(' ').length).join(' ') : words.join(' ');
    if (rest.trim().length >= 2) out.push(rest.trim());
  }
  return [...new Set(out)];
}
