import type { AccountModel } from './accounts';
import type { Random } from './random';
import { addDays, vietnamTime } from './time';

export interface FollowerPoint {
  at: Date;
  followers: number;
}

export interface FollowerCurve {
  accountKey: string;
  /** What the platform shows, ascending in time; the last point is the account's current count. */
  points: FollowerPoint[];
  /** Followers who are real people: the same as `points` unless followers were bought. */
  organic: FollowerPoint[];
  spikeAt: Date | null;
}

const WEEKS_OF_HISTORY = 26;

/** Weekly at 07:00 Vietnam time, the newest one today (or yesterday when today's has not happened yet). */
export function weeklySnapshotTimes(now: Date): Date[] {
  const today = vietnamTime(now, 0, 7);
  const latest = today.getTime() <= now.getTime() ? today : addDays(today, -1);
  return Array.from({ length: WEEKS_OF_HISTORY + 1 }, (_, index) =>
    addDays(latest, (index - WEEKS_OF_HISTORY) * 7),
  );
}

function growthStep(random: Random, weeklyGrowth: number): number {
  const noise = random.normal(0, 0.35 * Math.max(Math.abs(weeklyGrowth), 0.003));
  return Math.max(-0.05, weeklyGrowth + noise);
}

/** Walks back from the current count so that the newest point is exactly the account's follower count. */
function organicBackwards(random: Random, latest: number, steps: readonly number[]): number[] {
  const values = [latest];
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const next = values[0] ?? latest;
    values.unshift(next / (1 + growthStep(random, steps[index] ?? 0)));
  }
  return values;
}

/**
 * The follower history of one account. With `boughtFollowers`, the count jumps by 40–55 % from one day to the
 * next some 5–9 weeks ago (an extra snapshot the day before makes the jump visible) and real growth stalls.
 */
export function followerCurve(
  random: Random,
  model: AccountModel,
  times: readonly Date[],
  boughtFollowers: boolean,
): FollowerCurve {
  const current = model.account.followers;
  const spikeIndex = boughtFollowers ? times.length - 1 - random.int(5, 9) : -1;
  const factor = boughtFollowers ? random.float(1.4, 1.55) : 1;
  const steps = times
    .slice(1)
    .map((_, index) =>
      index + 1 >= spikeIndex && spikeIndex >= 0 ? random.float(-0.004, 0) : model.weeklyGrowth,
    );
  const organicValues = organicBackwards(random, current / factor, steps);
  const points: FollowerPoint[] = [];
  const organic: FollowerPoint[] = [];
  times.forEach((at, index) => {
    const real = Math.max(1, Math.round(organicValues[index] ?? current));
    if (index === spikeIndex) {
      const dayBefore = addDays(at, -1);
      points.push({ at: dayBefore, followers: real });
      organic.push({ at: dayBefore, followers: real });
    }
    const shown = index >= spikeIndex && spikeIndex >= 0 ? Math.round(real * factor) : real;
    points.push({ at, followers: index === times.length - 1 ? current : shown });
    organic.push({ at, followers: real });
  });
  const spikeTime = times[spikeIndex];
  return { accountKey: model.account.key, points, organic, spikeAt: spikeTime ?? null };
}

/** Linear interpolation between the surrounding points; the first or last value outside the range. */
export function followersAt(points: readonly FollowerPoint[], date: Date): number {
  const time = date.getTime();
  const first = points[0];
  if (!first) return 0;
  if (time <= first.at.getTime()) return first.followers;
  for (let index = 1; index < points.length; index += 1) {
    const before = points[index - 1];
    const after = points[index];
    if (!before || !after || time > after.at.getTime()) continue;
    const span = after.at.getTime() - before.at.getTime();
    return before.followers + ((after.followers - before.followers) * (time - before.at.getTime())) / span;
  }
  return points[points.length - 1]?.followers ?? first.followers;
}
