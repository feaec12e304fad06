/**
 * Trains the fake-follower classifier on instafake and writes the model JSON.
 * Run from the repo root: node --import tsx scripts/fake-followers/train.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLLOWER_FEATURES, followerFeatureVector } from '../../packages/core/src/vetting/follower-features';
import { evaluateRedFlags, isSuspiciousFollower } from '../../packages/core/src/vetting/follower-red-flags';
import { binaryMetrics, confusion } from './classification-metrics';
import { loadInstafake } from './instafake';
import {
  crossValidatedMetrics,
  outOfFoldProbabilities,
  probabilities,
  selectL2,
  selectThreshold,
  trainLogistic,
} from './model-selection';
import { stratifiedSplit } from './stratified-split';

const SEED = 20190601;
const TEST_FRACTION = 0.25;
const FOLDS = 5;
const L2_CANDIDATES = [0.01, 0.1, 1, 10, 100];
const THRESHOLD_GRID = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/fake-followers/instafake');
const modelFile = path.resolve(repoRoot, 'models/fake-followers/instafake-logistic.model.json');

const data = loadInstafake(dataDir);
const features = data.rows.map((row) => followerFeatureVector(row.profile));
const labels = data.rows.map((row) => row.isFake as number);
const split = stratifiedSplit(labels, TEST_FRACTION, SEED);
const pick = <T>(items: readonly T[], indices: readonly number[]) => indices.map((i) => items[i]!);
const trainX = pick(features, split.train);
const trainY = pick(labels, split.train);
const testX = pick(features, split.test);
const testY = pick(labels, split.test);

// Model selection uses the training split only; the test split is touched once, below.
const { l2, logLossByL2 } = selectL2(trainX, trainY, L2_CANDIDATES, FOLDS, SEED);
const outOfFold = outOfFoldProbabilities(trainX, trainY, l2, FOLDS, SEED);
const { threshold } = selectThreshold(trainY, outOfFold, THRESHOLD_GRID);
const model = trainLogistic(trainX, trainY, l2);

const heldOut = binaryMetrics(
  confusion(
    testY,
    probabilities(model, testX).map((p) => p >= threshold),
  ),
);
const testProfiles = pick(data.rows, split.test).map((row) => row.profile);
const ruleHeldOut = binaryMetrics(
  confusion(
    testY,
    testProfiles.map((profile) => isSuspiciousFollower(evaluateRedFlags(profile)) === true),
  ),
);
const crossValidation = crossValidatedMetrics(features, labels, l2, threshold, FOLDS, SEED);

const output = {
  kind: 'logistic-regression',
  version: 1,
  features: [...FOLLOWER_FEATURES],
  means: model.standardization.means,
  scales: model.standardization.scales,
  coefficients: model.fit.coefficients,
  intercept: model.fit.intercept,
  threshold,
  l2Penalty: l2,
  training: {
    dataset: 'instafake (fcakyon/instafake-dataset): fakeAccountData.json + realAccountData.json',
    licence: 'CC BY-NC 4.0',
    seed: SEED,
    testFraction: TEST_FRACTION,
    rows: { train: split.train.length, test: split.test.length },
  },
  heldOut,
  selection: { folds: FOLDS, crossValidatedLogLossByL2: logLossByL2, thresholdGrid: 'F1 on out-of-fold' },
  crossValidationAllRows: { folds: FOLDS, ...crossValidation },
  redFlagRuleHeldOut: ruleHeldOut,
  data: { read: data.read, duplicatesRemoved: data.duplicatesRemoved, rowsUsed: data.rows.length },
};
writeFileSync(modelFile, `${JSON.stringify(output, null, 2)}\n`);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, m: typeof heldOut) =>
  `${name.padEnd(28)} acc ${pct(m.accuracy)}  precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  specificity ${pct(m.specificity)}`;
process.stdout.write(
  [
    `rows: ${data.rows.length} after removing ${data.duplicatesRemoved} duplicates (read ${data.read.fake} fake, ${data.read.real} real)`,
    `split: train ${split.train.length}, test ${split.test.length} (stratified, seed ${SEED})`,
    `selected l2 = ${l2}, threshold = ${threshold} (5-fold CV on the training split)`,
    line('held-out: logistic model', heldOut),
    line('held-out: ≥2 red-flags rule', ruleHeldOut),
    `5-fold CV, all rows (mean ± sd): acc ${pct(crossValidation.accuracy.mean)} ± ${pct(crossValidation.accuracy.sd)}, precision ${pct(crossValidation.precision.mean)} ± ${pct(crossValidation.precision.sd)}, recall ${pct(crossValidation.recall.mean)} ± ${pct(crossValidation.recall.sd)}, F1 ${pct(crossValidation.f1.mean)} ± ${pct(crossValidation.f1.sd)}`,
    `model written to ${path.relative(repoRoot, modelFile)}`,
    '',
  ].join('\n'),
);
