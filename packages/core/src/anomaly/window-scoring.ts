/** A labelled anomaly window, inclusive at both ends (epoch milliseconds). */
export interface LabelledWindow {
  start: number;
  end: number;
}

export interface WindowScore {
  windows: number;
  /** Windows with at least one flag inside (each window counts once however many flags it holds). */
  windowsHit: number;
  /** Flags outside every window. */
  falsePositives: number;
  /** Flags inside some window (reported, not used by the metrics). */
  flagsInWindows: number;
}

export interface DetectionMetrics extends WindowScore {
  /** windowsHit / (windowsHit + falsePositives); 0 when nothing was flagged. */
  precision: number;
  /** windowsHit / windows; 0 when there is no window. */
  recall: number;
  f1: number;
}

/** NAB-style counting: one hit per window however many flags land in it; every outside flag is a false positive. */
export function scoreAgainstWindows(
  flagTimes: readonly number[],
  windows: readonly LabelledWindow[],
): WindowScore {
  const hit = new Set<number>();
  let falsePositives = 0;
  let flagsInWindows = 0;
  for (const time of flagTimes) {
    const inside = windows.findIndex((w) => time >= w.start && time <= w.end);
    if (inside === -1) {
      falsePositives++;
    } else {
      flagsInWindows++;
      hit.add(inside);
    }
  }
  return { windows: windows.length, windowsHit: hit.size, falsePositives, flagsInWindows };
}

export function addScores(scores: readonly WindowScore[]): WindowScore {
  return scores.reduce<WindowScore>(
    (total, s) => ({
      windows: total.windows + s.windows,
      windowsHit: total.windowsHit + s.windowsHit,
      falsePositives: total.falsePositives + s.falsePositives,
      flagsInWindows: total.flagsInWindows + s.flagsInWindows,
    }),
    { windows: 0, windowsHit: 0, falsePositives: 0, flagsInWindows: 0 },
  );
}

export function detectionMetrics(score: WindowScore): DetectionMetrics {
  const flagged = score.windowsHit + score.falsePositives;
  const precision = flagged === 0 ? 0 : score.windowsHit / flagged;
  const recall = score.windows === 0 ? 0 : score.windowsHit / score.windows;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}
