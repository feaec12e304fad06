import { defaultFakeFollowerModel } from './default-follower-model';
import {
  asCompleteProfile,
  followerFeatureVector,
  type ModelField,
  missingModelFields,
} from './follower-features';
import { type FakeFollowerModel, predictFake } from './follower-model';
import { type FollowerRowError, parseFollowerRow } from './follower-profile';
import { massFollowerReason, notScoredReason, predictionReason, redFlagReason } from './follower-reasons';
import { evaluateRedFlags, isMassFollower, isSuspiciousFollower, type RedFlagId } from './follower-red-flags';
import type { LocalizedText } from './localized';
import { correctForClassifierError, wilsonInterval } from './proportion-interval';

export interface ShareEstimate {
  count: number;
  /** Rows for which the answer could be determined (missing fields can make it unknowable). */
  of: number;
  share: number | null;
  interval: { low: number; high: number } | null;
}

export interface FollowerRowAssessment {
  row: number;
  valid: boolean;
  errors: FollowerRowError[];
  massFollower: boolean | null;
  redFlags: RedFlagId[];
  suspicious: boolean | null;
  fakeProbability: number | null;
  predictedFake: boolean | null;
  missingModelFields: ModelField[];
  reasons: LocalizedText[];
}

export interface FakeFollowerEstimate {
  scored: number;
  predictedFake: number;
  /** Share the classifier flags, with a Wilson 95 % interval. */
  flaggedShare: number;
  flaggedInterval: { low: number; high: number };
  /** Flagged share corrected for the classifier's held-out sensitivity and specificity. */
  estimatedShare: number;
  interval: { low: number; high: number };
  meanProbability: number;
  classifier: { sensitivity: number; specificity: number; threshold: number };
  method: LocalizedText;
}

export interface FollowerSampleAssessment {
  rowsReceived: number;
  rowsValid: number;
  rowsInvalid: number;
  errors: FollowerRowError[];
  suspicious: ShareEstimate;
  massFollowers: ShareEstimate;
  suspiciousOrMass: ShareEstimate;
  fakeEstimate: FakeFollowerEstimate | null;
  rows: FollowerRowAssessment[];
}

function shareOf(values: readonly (boolean | null)[]): ShareEstimate {
  const known = values.filter((value): value is boolean => value !== null);
  const count = known.filter(Boolean).length;
  if (known.length === 0) return { count, of: 0, share: null, interval: null };
  return {
    count,
    of: known.length,
    share: count / known.length,
    interval: wilsonInterval(count, known.length),
  };
}

function assessRow(
  row: Readonly<Record<string, unknown>>,
  index: number,
  model: FakeFollowerModel,
): FollowerRowAssessment {
  const { profile, errors } = parseFollowerRow(row, index);
  const missing = missingModelFields(profile);
  if (errors.length > 0) {
    return {
      row: index,
      valid: false,
      errors,
      massFollower: null,
      redFlags: [],
      suspicious: null,
      fakeProbability: null,
      predictedFake: null,
      missingModelFields: missing,
      reasons: errors.map((error) => ({
        vi: `dòng ${index + 1}, trường ${error.field}: ${error.message.vi}`,
        en: `row ${index + 1}, field ${error.field}: ${error.message.en}`,
      })),
    };
  }
  const flags = evaluateRedFlags(profile);
  const redFlags = (Object.keys(flags) as RedFlagId[]).filter((flag) => flags[flag] === true);
  const massFollower = isMassFollower(profile);
  const reasons = redFlags.map(redFlagReason);
  if (massFollower) reasons.push(massFollowerReason(profile));
  const complete = asCompleteProfile(profile);
  const prediction = complete === null ? null : predictFake(model, followerFeatureVector(complete));
  reasons.push(prediction === null ? notScoredReason(missing) : predictionReason(prediction));
  return {
    row: index,
    valid: true,
    errors,
    massFollower,
    redFlags,
    suspicious: isSuspiciousFollower(flags),
    fakeProbability: prediction?.probability ?? null,
    predictedFake: prediction?.predictedFake ?? null,
    missingModelFields: missing,
    reasons,
  };
}

function estimateFakeShare(
  probabilities: readonly number[],
  model: FakeFollowerModel,
): FakeFollowerEstimate | null {
  if (probabilities.length === 0) return null;
  const { sensitivity, specificity } = model.heldOut;
  const scored = probabilities.length;
  const predictedFake = probabilities.filter((p) => p >= model.threshold).length;
  const flaggedShare = predictedFake / scored;
  const flaggedInterval = wilsonInterval(predictedFake, scored);
  const correct = (share: number) => correctForClassifierError(share, sensitivity, specificity) ?? share;
  return {
    scored,
    predictedFake,
    flaggedShare,
    flaggedInterval,
    estimatedShare: correct(flaggedShare),
    interval: { low: correct(flaggedInterval.low), high: correct(flaggedInterval.high) },
    meanProbability: probabilities.reduce((a, b) => a + b, 0) / scored,
    classifier: { sensitivity, specificity, threshold: model.threshold },
    method: {
      vi: 'Tỷ lệ mô hình gắn cờ (khoảng Wilson 95 %), hiệu chỉnh theo độ nhạy và độ đặc hiệu đo trên tập kiểm tra (Rogan–Gladen).',
      en: 'Share flagged by the model (Wilson 95 % interval), corrected for its held-out sensitivity and specificity (Rogan–Gladen).',
    },
  };
}

/**
 * Assesses a sample of a creator's followers: per-row validation errors (invalid rows are
 * listed and left out of every share, never dropped silently), red flags, mass followers
 * (> 1,500 following), the classifier's probability, and the estimated fake share.
 */
export function assessFollowerSample(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: { model?: FakeFollowerModel } = {},
): FollowerSampleAssessment {
  const model = options.model ?? defaultFakeFollowerModel;
  const assessed = rows.map((row, index) => assessRow(row, index, model));
  const valid = assessed.filter((row) => row.valid);
  const probabilities = valid.flatMap((row) => (row.fakeProbability === null ? [] : [row.fakeProbability]));
  return {
    rowsReceived: rows.length,
    rowsValid: valid.length,
    rowsInvalid: rows.length - valid.length,
    errors: assessed.flatMap((row) => row.errors),
    suspicious: shareOf(valid.map((row) => row.suspicious)),
    massFollowers: shareOf(valid.map((row) => row.massFollower)),
    suspiciousOrMass: shareOf(
      valid.map((row) => {
        if (row.suspicious === true || row.massFollower === true) return true;
        if (row.suspicious === false && row.massFollower === false) return false;
        return null;
      }),
    ),
    fakeEstimate: estimateFakeShare(probabilities, model),
    rows: assessed,
  };
}
