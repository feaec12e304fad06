import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  asCompleteProfile,
  type CompleteFollowerProfile,
} from '../../packages/core/src/vetting/follower-features';
import { parseFollowerRow } from '../../packages/core/src/vetting/follower-profile';

export interface LabelledProfile {
  profile: CompleteFollowerProfile;
  isFake: 0 | 1;
}

export interface InstafakeData {
  rows: LabelledProfile[];
  read: { fake: number; real: number };
  duplicatesRemoved: number;
}

function readJsonArray(file: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
  return parsed as Record<string, unknown>[];
}

/**
 * Reads instafake's fake and real account files through the product's own row validation.
 * Exact duplicate records (the same account crawled twice) are kept once so that a copy cannot
 * sit in both the training and the test split.
 */
export function loadInstafake(dataDir: string): InstafakeData {
  const fake = readJsonArray(path.join(dataDir, 'fakeAccountData.json'));
  const real = readJsonArray(path.join(dataDir, 'realAccountData.json'));
  const seen = new Set<string>();
  const rows: LabelledProfile[] = [];
  let duplicatesRemoved = 0;
  [...fake, ...real].forEach((record, index) => {
    const key = JSON.stringify(record);
    if (seen.has(key)) {
      duplicatesRemoved += 1;
      return;
    }
    seen.add(key);
    const { profile, errors } = parseFollowerRow(record, index);
    const complete = asCompleteProfile(profile);
    if (errors.length > 0 || complete === null) {
      throw new Error(`instafake row ${index} is invalid: ${JSON.stringify(errors)}`);
    }
    rows.push({ profile: complete, isFake: record.isFake === 1 ? 1 : 0 });
  });
  return { rows, read: { fake: fake.length, real: real.length }, duplicatesRemoved };
}
