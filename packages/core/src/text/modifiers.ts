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

/** Particles and forms of address that may follow a question's final "không"/"chưa" ("… không ạ", "… chưa shop ơi"). */
export const QUESTION_TAIL_WORDS: ReadonlySet<string> = new Set([
  'ạ',
  'à',
  'a',
  'ah',
  'ak',
  'vậy',
  'thế',
  'nhỉ',
  'nhé',
  'nha',
  'hả',
  'ha',
  'hen',
  'nè',
  'đó',
  'đấy',
  'ta',
  'ơi',
  'oi',
  'shop',
  'sh',
  'ad',
  'admin',
  'chị',
  'c',
  'anh',
  'em',
  'bạn',
  'b',
  'mọi',
  'người',
  'mẹ',
  'chú',
  'bác',
]);

const QUESTION_FINAL_NEGATORS: ReadonlySet<string> = new Set(['không', 'chưa']);

function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

const FOLDED_QUESTION_TAILS: ReadonlySet<string> = new Set([...QUESTION_TAIL_WORDS].map(foldWord));
const FOLDED_QUESTION_FINALS: ReadonlySet<string> = new Set(['khong', 'chua']);

/** Accented words must match exactly; a word typed without any diacritic matches every accented form. */
export function isWordIn(token: Token, accented: ReadonlySet<string>, folded: ReadonlySet<string>): boolean {
  return token.text === token.folded ? folded.has(token.folded) : accented.has(token.text);
}

/**
 * "có ship không ạ", "dùng được chưa chị": a "không"/"chưa" that only particles and forms of address follow
 * until the end of the clause asks a question; it negates nothing.
 */
export function isQuestionParticle(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || !isWordIn(tokens[i]!, QUESTION_FINAL_NEGATORS, FOLDED_QUESTION_FINALS)) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct') return CLAUSE_PUNCTUATION.test(token.text);
    if (token.kind === 'emoji' || token.kind === 'emoticon') continue;
    if (!isWordIn(token, QUESTION_TAIL_WORDS, FOLDED_QUESTION_TAILS)) return false;
  }
  return true;
}

function isNegator(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (NEGATORS.has(token.text)) return !isQuestionParticle(tokens, i);
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
