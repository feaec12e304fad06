import { NEGATORS } from '../text/modifiers';
import { isStopWord } from '../text/stopwords';
import { type Token, type TokenLanguage, tokenize } from '../text/tokenize';
import type { SentimentLabel } from './labels';

export interface LabelledComment {
  text: string;
  label: SentimentLabel;
  lang?: TokenLanguage;
}

export interface Driver {
  /** The most frequent spelling of the term ("giao hàng nhanh" rather than "giao hang nhanh"). */
  term: string;
  /** Log-odds ratio z-score: > 0 leans positive, < 0 leans negative. */
  zScore: number;
  positiveComments: number;
  negativeComments: number;
}

export interface SentimentDrivers {
  positive: Driver[];
  negative: Driver[];
}

export interface DriverOptions {
  /** Terms per side (default 10). */
  top: number;
  /** Terms seen in fewer comments are ignored (default 3). */
  minComments: number;
}

function isContentWord(token: Token): boolean {
  return (
    (token.kind === 'word' || token.kind === 'hashtag') &&
    !isStopWord(token.folded) &&
    token.folded.length > 1
  );
}

/** Unigrams and bigrams (folded key → spelling) of one comment; negator + word bigrams are kept. */
function termsOf(tokens: readonly Token[]): Map<string, string> {
  const terms = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isContentWord(token)) terms.set(token.folded, token.text);
    const next = tokens[i + 1];
    if (!next || !isContentWord(next)) continue;
    if (isContentWord(token) || NEGATORS.has(token.text)) {
      terms.set(`${token.folded} ${next.folded}`, `${token.text} ${next.text}`);
    }
  }
  return terms;
}

/**
 * Words and phrases that most separate positive from negative comments: log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), the prior being every comment in the set.
 * Counts are per comment (a term repeated in one comment counts once).
 */
export function sentimentDrivers(
  comments: Iterable<LabelledComment>,
  options: Partial<DriverOptions> = {},
): SentimentDrivers {
  const { top = 10, minComments = 3 } = options;
  const counts = new Map<string, { positive: number; negative: number; all: number }>();
  const spellings = new Map<string, Map<string, number>>();
  let positiveTotal = 0;
  let negativeTotal = 0;
  let allTotal = 0;
  for (const comment of comments) {
    for (const [key, spelling] of termsOf(tokenize(comment.text, comment.lang ?? 'vi'))) {
      let count = counts.get(key);
      if (!count) {
        count = { positive: 0, negative: 0, all: 0 };
        counts.set(key, count);
        spellings.set(key, new Map());
      }
      const forms = spellings.get(key)!;
      forms.set(spelling, (forms.get(spelling) ?? 0) + 1);
      count.all++;
      allTotal++;
      if (comment.label === 'positive') {
        count.positive++;
        positiveTotal++;
      } else if (comment.label === 'negative') {
        count.negative++;
        negativeTotal++;
      }
    }
  }
  const drivers: Driver[] = [];
  for (const [key, count] of counts) {
    if (count.all < minComments || allTotal === 0) continue;
    const prior = count.all;
    const priorTotal = allTotal;
    const positiveLogOdds = Math.log(
      (count.positive + prior) / (positiveTotal + priorTotal - count.positive - prior),
    );
    const negativeLogOdds = Math.log(
      (count.negative + prior) / (negativeTotal + priorTotal - count.negative - prior),
    );
    const variance = 1 / (count.positive + prior) + 1 / (count.negative + prior);
    const forms = [...spellings.get(key)!].sort((a, b) => b[1] - a[1]);
    drivers.push({
      term: forms[0]![0],
      zScore: (positiveLogOdds - negativeLogOdds) / Math.sqrt(variance),
      positiveComments: count.positive,
      negativeComments: count.negative,
    });
  }
  const byScore = drivers.sort((a, b) => b.zScore - a.zScore);
  return {
    positive: byScore.filter((driver) => driver.zScore > 0).slice(0, top),
    negative: byScore
      .filter((driver) => driver.zScore < 0)
      .reverse()
      .slice(0, top),
  };
}
