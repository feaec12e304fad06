import { isCount, type Outcome, unavailable } from './result';
import { twoProportionZTest } from './two-proportion';

export interface BrandLiftSurvey {
  exposedPositive: number;
  exposedTotal: number;
  controlPositive: number;
  controlTotal: number;
}

export interface BrandLift {
  /** % positive among exposed respondents (3.5 means 3.5 %). */
  exposedPercent: number;
  controlPercent: number;
  /** exposedPercent − controlPercent, in percentage points (KPIS.md brand_lift). */
  liftPoints: number;
  /** Lift relative to control, in %; null when control has no positive answer. */
  relativeLiftPercent: number | null;
  z: number;
  /** Two-sided p-value of the two-proportion z-test. */
  pValue: number;
  confidence: number;
  liftPointsInterval: [number, number];
}

export function brandLift(survey: BrandLiftSurvey, confidence = 0.95): Outcome<BrandLift> {
  const counts = [survey.exposedPositive, survey.exposedTotal, survey.controlPositive, survey.controlTotal];
  if (!counts.every(isCount))
    return unavailable('invalid_counts', 'survey counts must be non-negative integers');
  if (survey.exposedTotal === 0)
    return unavailable('no_exposed_answers', 'no answers from the exposed group');
  if (survey.controlTotal === 0)
    return unavailable('no_control_answers', 'no answers from the control group');
  const test = twoProportionZTest(
    {
      successesA: survey.controlPositive,
      trialsA: survey.controlTotal,
      successesB: survey.exposedPositive,
      trialsB: survey.exposedTotal,
    },
    confidence,
  );
  if (!test.ok) return test;
  return {
    ok: true,
    exposedPercent: test.rateB * 100,
    controlPercent: test.rateA * 100,
    liftPoints: test.difference * 100,
    relativeLiftPercent: test.relativeLift === null ? null : test.relativeLift * 100,
    z: test.z,
    pValue: test.pValue,
    confidence,
    liftPointsInterval: [test.differenceInterval[0] * 100, test.differenceInterval[1] * 100],
  };
}
