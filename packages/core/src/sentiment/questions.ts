import { tagComment } from '../intent/tag';
import type { Language } from '../language/detect';
import { isQuestionParticle, isWordIn, QUESTION_TAIL_WORDS } from '../text/modifiers';
import type { Token } from '../text/tokenize';
import { BUILT_IN_LEXICON } from './lexicon';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/**
 * A word list with its folded twin for `isWordIn`. Typed without diacritics many of these are other words
 * ("hoi" is "hơi", a bit; "may" is "máy", a machine; "bao gio" ends "đảm bảo giờ"): `ambiguous` ones are
 * left out of the folded twin.
 */
function wordList(
  words: readonly string[],
  ambiguous: readonly string[] = [],
): [ReadonlySet<string>, ReadonlySet<string>] {
  return [new Set(words), new Set(words.filter((word) => !ambiguous.includes(word)).map(fold))];
}

const QUESTION_WORDS = wordList(
  ['gì', 'nào', 'sao', 'đâu', 'mấy', 'hả', 'hở', 'chăng', 'nhỉ', 'ư'],
  ['nào', 'đâu', 'mấy', 'hả', 'hở', 'chăng', 'nhỉ', 'ư'],
);
/** Asking for something: "ib giá", "cho em hỏi"; "xin" only as "xin link…" or "cho mình xin…" (not "em xin góp ý"). */
const REQUEST_WORDS = wordList(['hỏi', 'inbox'], ['hỏi']);
const BEGGING_WORDS = wordList(['xin']);
const GIVE_WORDS = wordList(['cho']);
const QUESTION_BIGRAMS = wordList(
  [
    'bao nhiêu',
    'bao giờ',
    'bao lâu',
    'thế nào',
    'như nào',
    'làm sao',
    'ra sao',
    'tư vấn',
    'ở đâu',
    'hỏi giá',
  ],
  ['bao giờ', 'bao lâu', 'tư vấn'],
);
/**
 * "gì cũng", "nào cũng", "không đi buổi nào", "chưa bao giờ", "so với": the question word is an indefinite (or
 * another word), not a question.
 */
const INDEFINITE_AFTER = wordList(['cũng', 'với']);
const INDEFINITE_BEFORE = wordList(['không', 'chưa', 'chẳng', 'chả']);
/** Clauses made only of these carry no opinion: "Chị ơi, …", "Trời ơi, …", "Ủa, …". */
const FILLER_WORDS = wordList([
  ...QUESTION_TAIL_WORDS,
  'ôi',
  'ơi',
  'trời',
  'ủa',
  'ui',
  'úi',
  'ê',
  'hey',
  'hi',
]);
/** Intensifiers that turn a question into a complaint or praise ("lâu quá vậy", "so slow"). */
const STRONG_INTENSIFIERS: ReadonlySet<string> = new Set([
  'rất',
  'quá',
  'lắm',
  'ghê',
  'vãi',
  'cực',
  'very',
  'so',
  'too',
  'really',
]);
const ENGLISH_OPENERS: ReadonlySet<string> = new Set(
  'what where when why who whom whose which how is are am was were do does did can could will would should shall may have has'.split(
    ' ',
  ),
);
const CLAUSE_END = /^[.,!?;:…]+$/;

/** "bị" marks something that happened to the speaker: "sao hàng về bị móp vậy?" complains. */
const COMPLAINT_CUES: Readonly<Record<string, number>> = { bị: -2 };

/** The Vietnamese and emotion lexicon by folded key; entries whose folded forms disagree in sign are dropped. */
const FOLDED_LEXICON: ReadonlyMap<string, number> = (() => {
  const folded = new Map<string, number>();
  const clashes = new Set<string>();
  for (const [entry, valence] of Object.entries({ ...BUILT_IN_LEXICON, ...COMPLAINT_CUES })) {
    const key = fold(entry);
    const known = folded.get(key);
    if (known !== undefined && Math.sign(known) !== Math.sign(valence)) clashes.add(key);
    folded.set(key, valence);
  }
  for (const key of clashes) folded.delete(key);
  return folded;
})();

/** Mild praise ("chất", "ok", "nhanh") in a question is usually about the product, not an opinion. */
function isOpinion(valence: number): boolean {
  return valence <= -1 || valence >= 2;
}

/**
 * Valence of the Vietnamese words that make an opinion, from the built-in lexicon only (the English list would
 * read "ban" as "ban", not "bạn"). Folded spellings count only in a comment typed without any diacritic, and
 * only strong words: in "Kem chống nắng" the unaccented "Kem" is cream, not "kém", and "dat" is "đặt" (order)
 * as often as "đắt" (expensive).
 */
export function vietnameseValence(tokens: readonly Token[]): (index: number) => number {
  const typedWithoutDiacritics = tokens.every((token) => token.text === token.folded);
  const lookup = (text: string, folded: string): number => {
    const exact = BUILT_IN_LEXICON[text] ?? COMPLAINT_CUES[text];
    if (exact !== undefined) return isOpinion(exact) ? exact : 0;
    const loose = typedWithoutDiacritics ? (FOLDED_LEXICON.get(folded) ?? 0) : 0;
    return Math.abs(loose) >= 2 ? loose : 0;
  };
  return (i) => {
    const token = tokens[i]!;
    if (token.kind === 'punct') return 0;
    const next = tokens[i + 1];
    const pair =
      next && next.kind !== 'punct'
        ? lookup(`${token.text} ${next.text}`, `${token.folded} ${next.folded}`)
        : 0;
    return lookup(token.text, token.folded) + pair;
  };
}

export interface Clause {
  /** Index of the first token and one past the last token (punctuation excluded). */
  start: number;
  end: number;
  /** Ends with "?". */
  questionMark: boolean;
}

/** Splits at clause punctuation; "?" marks the clause before it as a question. */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token && !(token.kind === 'punct' && CLAUSE_END.test(token.text))) continue;
    if (i > start) clauses.push({ start, end: i, questionMark: token?.text.includes('?') ?? false });
    else if (token?.text.includes('?') && clauses.length > 0) clauses.at(-1)!.questionMark = true;
    start = i + 1;
  }
  return clauses;
}

const firstWords = (bigrams: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...bigrams].map((bigram) => bigram.slice(0, bigram.indexOf(' '))));
/** The first words of QUESTION_BIGRAMS: most tokens start none, so no pair needs to be spelled out for them. */
const BIGRAM_FIRST_WORDS = QUESTION_BIGRAMS.map(firstWords) as [ReadonlySet<string>, ReadonlySet<string>];

function isQuestionBigram(first: Token, second: Token): boolean {
  const [accented, folded] = QUESTION_BIGRAMS;
  const plain = first.text === first.folded && second.text === second.folded;
  return plain
    ? BIGRAM_FIRST_WORDS[1].has(first.folded) && folded.has(`${first.folded} ${second.folded}`)
    : BIGRAM_FIRST_WORDS[0].has(first.text) && accented.has(`${first.text} ${second.text}`);
}

function hasWordBefore(
  tokens: readonly Token[],
  clause: Clause,
  i: number,
  words: ReturnType<typeof wordList>,
): boolean {
  for (let j = clause.start; j < i; j++) if (isWordIn(tokens[j]!, ...words)) return true;
  return false;
}

function isIndefinite(tokens: readonly Token[], clause: Clause, i: number): boolean {
  for (let j = clause.start; j < i; j++) {
    if (isWordIn(tokens[j]!, ...INDEFINITE_BEFORE) && !isQuestionParticle(tokens, j)) return true;
  }
  const next = tokens[i + 1];
  if (i + 1 < clause.end && next && isWordIn(next, ...INDEFINITE_AFTER)) return true;
  for (let j = i + 1; j < clause.end; j++) if (tokens[j]!.text === 'cũng') return true;
  return false;
}

/** A question or request: a question mark, a question word, a final "không/chưa", or asking for something. */
export function isQuestionClause(tokens: readonly Token[], clause: Clause, lang: Language): boolean {
  if (clause.questionMark) return true;
  if (lang === 'en') return ENGLISH_OPENERS.has(tokens[clause.start]!.text) && clause.end - clause.start >= 3;
  for (let i = clause.start; i < clause.end; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' && token.kind !== 'hashtag') continue;
    if (isWordIn(token, ...REQUEST_WORDS) || isQuestionParticle(tokens, i)) return true;
    if (
      isWordIn(token, ...BEGGING_WORDS) &&
      (i === clause.start || hasWordBefore(tokens, clause, i, GIVE_WORDS))
    )
      return true;
    const next = tokens[i + 1];
    const asks =
      isWordIn(token, ...QUESTION_WORDS) ||
      (i + 1 < clause.end && next !== undefined && isQuestionBigram(token, next));
    if (asks && !isIndefinite(tokens, clause, i)) return true;
  }
  return false;
}

function isFiller(tokens: readonly Token[], clause: Clause): boolean {
  for (let i = clause.start; i < clause.end; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !isWordIn(token, ...FILLER_WORDS)) return false;
  }
  return true;
}

/**
 * Words that make a question an opinion: a lexicon word or emotion token ("sao giao hàng chậm vậy?", "đẹp quá,
 * mua ở đâu?"), a strongly intensified or a negated word ("sao ship lâu quá vậy", "sao chưa nhận được hàng"),
 * or an objection ("hàng giả à?", "quảng cáo lố vậy?").
 */
export function hasPolarEvidence(
  tokens: readonly Token[],
  clause: Clause,
  valenceAt: (index: number) => number,
): boolean {
  let words = '';
  for (let i = clause.start; i < clause.end; i++) {
    const token = tokens[i]!;
    if (token.negated) return true;
    // Typed without diacritics, the asking word itself may spell an opinion: "xin link" is not "xịn".
    if (valenceAt(i) !== 0 && !isAskingWord(token)) return true;
    if (token.intensified && isStronglyIntensified(tokens, i)) return true;
    words += `${token.text} `;
  }
  return tagComment(words).some((match) => match.tag === 'objection');
}

function isAskingWord(token: Token): boolean {
  return (
    isWordIn(token, ...QUESTION_WORDS) ||
    isWordIn(token, ...REQUEST_WORDS) ||
    isWordIn(token, ...BEGGING_WORDS)
  );
}

function isStronglyIntensified(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  const after = tokens[i + 1]?.text ?? '';
  return STRONG_INTENSIFIERS.has(before) || STRONG_INTENSIFIERS.has(after);
}

/**
 * Indexes of the tokens that carry an opinion once questions without one (and the "Chị ơi," around them) are set
 * aside, or null when no clause is such a question: the whole comment is then scored as it is. An empty array
 * means the comment only asks.
 */
export function opinionTokens(
  tokens: readonly Token[],
  lang: Language,
  valenceAt: (index: number) => number,
): number[] | null {
  const clauses = splitClauses(tokens);
  const kept: Clause[] = [];
  let setAside = false;
  for (const clause of clauses) {
    if (isQuestionClause(tokens, clause, lang) && !hasPolarEvidence(tokens, clause, valenceAt))
      setAside = true;
    else kept.push(clause);
  }
  if (!setAside) return null;
  const indexes: number[] = [];
  for (const clause of kept) {
    if (isFiller(tokens, clause)) continue;
    const end = tokens[clause.end]?.kind === 'punct' ? clause.end + 1 : clause.end;
    for (let i = clause.start; i < end; i++) indexes.push(i);
  }
  return indexes;
}
