import {
  assessFollowerSample,
  type FollowerField,
  type FollowerSampleAssessment,
  followerRecordsFromSheet,
} from '@lantoa/core/vetting';
import { AppError } from '../../http/app-error';
import type { Sheet } from '../imports/read-spreadsheet';
import { type FollowerSampleSummary, MAX_SAMPLE_ROWS } from './follower-sample-schemas';

const PROBLEMS_KEPT = 200;

export interface ReadSample {
  records: Record<string, string>[];
  summary: FollowerSampleSummary;
}

/**
 * Reads follower rows from a sheet and assesses them. A file without a recognisable header, with too many rows or
 * without one valid row is refused with the reason; otherwise every bad cell is listed by row and column.
 */
export function summariseSample(sheet: Sheet): ReadSample {
  const read = followerRecordsFromSheet(sheet.rows);
  if (read.headerRow === null)
    throw new AppError('validation_failed', 'No header row with follower columns was found', [
      {
        path: 'file',
        message:
          'the first rows must name at least two columns such as Followers / Số người theo dõi, Following / Đang theo dõi, Posts / Bài đăng',
      },
    ]);
  if (read.records.length > MAX_SAMPLE_ROWS)
    throw new AppError('validation_failed', `A follower sample can hold up to ${MAX_SAMPLE_ROWS} rows`, [
      { path: 'file', message: `the file has ${read.records.length} rows` },
    ]);
  const assessment = assessFollowerSample(read.records);
  const columnOf = new Map<FollowerField, string>();
  read.columns.forEach((field, index) => {
    if (field) columnOf.set(field, read.headers[index] ?? field);
  });
  const problems = assessment.errors.map((error) => ({
    row: read.rowNumbers[error.row] ?? error.row + 1,
    column: columnOf.get(error.field) ?? error.field,
    value: String(error.value ?? ''),
    message: error.message,
  }));
  if (assessment.rowsValid === 0)
    throw new AppError(
      'validation_failed',
      'No valid follower row in the file',
      problems.length
        ? problems.slice(0, 50).map((problem) => ({
            path: `row ${problem.row}, column "${problem.column}"`,
            message: problem.message.en,
          }))
        : [{ path: 'file', message: 'the file has a header but no rows below it' }],
    );
  return {
    records: read.records,
    summary: {
      ...shares(assessment),
      columns: read.headers.map((header, index) => ({ header, field: read.columns[index] ?? null })),
      problems: problems.slice(0, PROBLEMS_KEPT),
      problemCount: problems.length,
    },
  };
}

function shares(assessment: FollowerSampleAssessment) {
  const fake = assessment.fakeEstimate;
  return {
    rowsReceived: assessment.rowsReceived,
    rowsValid: assessment.rowsValid,
    rowsInvalid: assessment.rowsInvalid,
    suspicious: assessment.suspicious,
    massFollowers: assessment.massFollowers,
    suspiciousOrMass: assessment.suspiciousOrMass,
    fakeEstimate: fake && {
      scored: fake.scored,
      predictedFake: fake.predictedFake,
      flaggedShare: fake.flaggedShare,
      estimatedShare: fake.estimatedShare,
      interval: fake.interval,
      classifier: fake.classifier,
      method: fake.method,
    },
  };
}
