import type { Language } from '../language/detect';
import type { Token } from '../text/tokenize';
import { combineHashes, finalizeHash, hashString } from './hash';

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  hashBits: number;
  /** Character n-grams of the folded words, from `charNgramMin` to `charNgramMax` characters. */
  charNgramMin: number;
  charNgramMax: number;
  /** Valence (−5 … 5) of normalised unigrams and space-separated bigrams. */
  lexicon: Readonly<Record<string, number>>;
  /**
   * Length of the (L2-normalised) word and character n-gram part per language. A small value makes the
   * model lean on the language bias and lexicon features: right for English, where the training set is
   * 1,200 tweets and the lexicon is large.
   */
  sparseScale: Readonly<Partial<Record<Language, number>>>;
}

/** A sparse feature vector. Buffers are reused: copy them before the next `extract` call. */
export interface SparseVector {
  buckets: Int32Array;
  values: Float32Array;
  length: number;
}

const SEED = {
  word: 1,
  negatedWord: 2,
  folded: 3,
  negatedFolded: 4,
  bigram: 5,
  foldedBigram: 6,
  charNgram: 7,
  intensified: 8,
  dense: 9,
} as const;

const DENSE_NAMES = [
  'bias',
  'lexicon_positive',
  'lexicon_negative',
  'lexicon_hit',
  'net_positive',
  'net_negative',
] as const;
const LANGUAGES: readonly Language[] = ['vi', 'en', 'other'];
const MAX_FEATURES = 1 << 14;

export class FeatureExtractor {
  private readonly shift: number;
  private readonly denseHashes: Map<string, number>;
  private readonly lexicon: Map<string, number>;
  private readonly foldedLexicon: Map<string, number>;
  /** Folded first words of the lexicon's two-word entries: only these need a bigram lookup. */
  private readonly bigramStarts: Set<string>;
  private readonly out: SparseVector = {
    buckets: new Int32Array(MAX_FEATURES),
    values: new Float32Array(MAX_FEATURES),
    length: 0,
  };

  constructor(private readonly config: FeatureConfig) {
    this.shift = 32 - config.hashBits;
    this.denseHashes = new Map(
      LANGUAGES.flatMap((lang) =>
        DENSE_NAMES.map((name): [string, number] => [
          `${name}:${lang}`,
          hashString(`${name}:${lang}`, SEED.dense),
        ]),
      ),
    );
    this.lexicon = new Map(Object.entries(config.lexicon));
    this.foldedLexicon = foldedUnambiguousLexicon(config.lexicon);
    this.bigramStarts = new Set(
      [...this.foldedLexicon.keys(), ...Object.keys(config.lexicon).map(foldKey)]
        .filter((entry) => entry.includes(' '))
        .map((entry) => entry.slice(0, entry.indexOf(' '))),
    );
  }

  private add(rawHash: number, value: number): void {
    const out = this.out;
    if (out.length >= MAX_FEATURES) return;
    const hash = finalizeHash(rawHash);
    out.buckets[out.length] = hash >>> this.shift;
    // The hash's lowest bit is a sign: colliding features then cancel out on average instead of adding up.
    out.values[out.length] = hash & 1 ? -value : value;
    out.length++;
  }

  /** Features of one tokenised comment; `lang` selects the per-language bias and lexicon features. */
  extract(tokens: readonly Token[], lang: Language): SparseVector {
    this.out.length = 0;
    const words: string[] = [];
    let previousWord = 0;
    let previousFolded = 0;
    for (const token of tokens) {
      if (token.kind === 'punct') {
        previousWord = 0;
        previousFolded = 0;
        continue;
      }
      const wordHash = hashString(token.text, token.negated ? SEED.negatedWord : SEED.word);
      const foldedHash = hashString(token.folded, token.negated ? SEED.negatedFolded : SEED.folded);
      this.add(wordHash, 1);
      if (token.folded !== token.text) this.add(foldedHash, 1);
      if (previousWord !== 0) {
        this.add(combineHashes(previousWord, wordHash) ^ SEED.bigram, 1);
        this.add(combineHashes(previousFolded, foldedHash) ^ SEED.foldedBigram, 1);
      }
      if (token.intensified) this.add(hashString(token.folded, SEED.intensified), 1);
      previousWord = wordHash;
      previousFolded = foldedHash;
      if (token.kind === 'word' || token.kind === 'hashtag') words.push(token.folded);
    }
    this.addCharNgrams(words.join(' '));
    normalize(this.out, this.config.sparseScale[lang] ?? 1);
    this.addDense(tokens, lang);
    return this.out;
  }

  private addCharNgrams(text: string): void {
    const padded = ` ${text} `;
    const { charNgramMin: min, charNgramMax: max } = this.config;
    for (let start = 0; start + min <= padded.length; start++) {
      let hash = (0x811c9dc5 ^ SEED.charNgram) >>> 0;
      for (let n = 0; n < max && start + n < padded.length; n++) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + n), 0x01000193);
        if (n + 1 >= min) this.add(hash ^ n, 1);
      }
    }
  }

  private lexiconValence(text: string, folded: string, accented: boolean): number | undefined {
    return accented ? this.lexicon.get(text) : (this.lexicon.get(text) ?? this.foldedLexicon.get(folded));
  }

  /** Lexicon valence of the word at `i` plus that of the two-word entry it starts, before negation. */
  valenceAt(tokens: readonly Token[], i: number): number {
    const token = tokens[i]!;
    if (token.kind === 'punct') return 0;
    const next = tokens[i + 1];
    const accented = token.text !== token.folded;
    let valence = this.lexiconValence(token.text, token.folded, accented) ?? 0;
    if (next && next.kind !== 'punct' && this.bigramStarts.has(token.folded)) {
      valence +=
        this.lexiconValence(`${token.text} ${next.text}`, `${token.folded} ${next.folded}`, accented) ?? 0;
    }
    return valence;
  }

  private addDense(tokens: readonly Token[], lang: Language): void {
    let positive = 0;
    let negative = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let valence = this.valenceAt(tokens, i);
      if (valence === 0) continue;
      if (token.negated) valence = -valence * 0.75;
      if (token.intensified) valence *= 1.5;
      if (valence > 0) positive += valence;
      else negative -= valence;
      this.add(this.denseHashes.get(`lexicon_hit:${lang}`)! ^ Math.round(valence), 1);
    }
    this.add(this.denseHashes.get(`bias:${lang}`)!, 1);
    this.add(this.denseHashes.get(`lexicon_positive:${lang}`)!, Math.log1p(positive));
    this.add(this.denseHashes.get(`lexicon_negative:${lang}`)!, Math.log1p(negative));
    const net = positive - negative;
    if (net !== 0) this.add(this.denseHashes.get(`${net > 0 ? 'net_positive' : 'net_negative'}:${lang}`)!, 1);
  }
}

function normalize(vector: SparseVector, length: number): void {
  let squares = 0;
  for (let i = 0; i < vector.length; i++) squares += vector.values[i]! * vector.values[i]!;
  if (squares === 0) return;
  const scale = length / Math.sqrt(squares);
  for (let i = 0; i < vector.length; i++) vector.values[i]! *= scale;
}

function foldKey(entry: string): string {
  return entry
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

function foldedUnambiguousLexicon(lexicon: Readonly<Record<string, number>>): Map<string, number> {
  const folded = new Map<string, number>();
  const conflicting = new Set<string>();
  for (const [entry, valence] of Object.entries(lexicon)) {
    const key = foldKey(entry);
    const existing = folded.get(key);
    if (existing !== undefined && Math.sign(existing) !== Math.sign(valence)) conflicting.add(key);
    folded.set(key, valence);
  }
  for (const key of conflicting) folded.delete(key);
  return folded;
}
