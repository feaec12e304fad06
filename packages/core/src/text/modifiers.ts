import type { Token } from './tokenize';

/** Words that negate what follows (after teencode expansion, so "ko"/"k"/"hok" arrive as "không"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'không',
  'chẳng',
  'chả',
  'chưa',
  'đừng',
  'chớ',
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'without',
]);

/** Words that end a negation scope: a contrast starts a new clause. */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set(['nhưng', 'tuy', 'song', 'but', 'however', 'though']);

/** Intensifiers placed before the word they strengthen ("rất tốt", "very good"). */
export const PRE_INTENSIFIERS: ReadonlySet<string> = new Set([
  'rất',
  'siêu',
  'cực',
  'quá',
  'khá',
  'hết',
  'thật',
  'vô',
  'very',
  'so',
  'really',
  'super',
  'extremely',
  'too',
  'totally',
  'absolutely',
  'incredibly',
  'truly',
]);

/** Intensifiers placed after the word they strengthen ("đẹp quá", "ngon lắm", "ngon vãi"). */
export const POST_INTENSIFIERS: ReadonlySet<string> = new Set([
  'quá',
  'lắm',
  'vãi',
  'thật',
  'ghê',
  'cực',
  'xỉu',
]);

/** Words inside "cực kỳ", "vô cùng", "hết sức" that belong to the intensifier, not to the modified word. */
const INTENSIFIER_TAILS: ReadonlySet<string> = new Set(['kỳ', 'kì', 'cùng', 'sức', 'sự']);

const NEGATION_SCOPE = 3;
const CLAUSE_PUNCTUATION = /^[.,!?;:…]+$/;

function isNegator(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (NEGATORS.has(token.text)) return true;
  return token.text === 'đâu' && tokens[i + 1]?.text === 'có' && (i === 0 || tokens[i - 1]!.kind === 'punct');
}

function markNegation(tokens: Token[]): void {
  let scope = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && CLAUSE_PUNCTUATION.test(token.text)) scope = 0;
    else if (SCOPE_BREAKERS.has(token.text)) scope = 0;
    else if (isNegator(tokens, i)) {
      scope = NEGATION_SCOPE;
      if (token.text === 'đâu') i++;
    } else if (scope > 0 && token.kind !== 'punct') {
      token.negated = true;
      scope--;
    }
  }
}

function markIntensifiers(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (PRE_INTENSIFIERS.has(token.text)) {
      let next = i + 1;
      while (tokens[next] && INTENSIFIER_TAILS.has(tokens[next]!.text)) next++;
      const target = tokens[next];
      if (target?.kind === 'word' && !PRE_INTENSIFIERS.has(target.text)) target.intensified = true;
    }
    if (POST_INTENSIFIERS.has(token.text)) {
      const previous = tokens[i - 1];
      if (previous?.kind === 'word' && !PRE_INTENSIFIERS.has(previous.text)) previous.intensified = true;
    }
  }
}

/** Sets `negated` and `intensified` on the tokens in place. */
export function markModifiers(tokens: Token[]): void {
  markNegation(tokens);
  markIntensifiers(tokens);
}
